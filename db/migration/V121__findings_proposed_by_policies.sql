-- A finding may come from a finding policy (inspection.policies): proposed by the system, confirmed by an
-- inspector on site, or recorded by the system itself with no inspector (then recorded_by_staff_id is empty).
-- proposed_by is "<policy>:<subject>"; one policy's proposal about one subject becomes at most one finding.
alter table finding add column proposed_by varchar(200);
alter table finding alter column recorded_by_staff_id drop not null;
alter table finding add constraint finding_recorded_by_someone
    check (recorded_by_staff_id is not null or proposed_by is not null);
create unique index finding_proposal_once on finding (inspection_id, proposed_by) where proposed_by is not null;
