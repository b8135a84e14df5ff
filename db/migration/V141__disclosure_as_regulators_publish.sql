-- 结果公示 as regulators publish it: the plan (number, name), the task, the kind of inspection, the inspecting
-- authority (the province's 市场监督管理局), the party, the items checked with the result of each, the outcome and
-- the dates. A result is recorded when it is approved and becomes public on public_since: the close of the
-- inspection or, at the latest, DISCLOSURE_PUBLISH_WORKING_DAYS working days after approval. After
-- DISCLOSURE_RETENTION it leaves the public list; the row is kept.
alter table disclosure
    add column campaign_id      bigint,
    add column plan_name        varchar(200),
    add column inspection_type  varchar(10) not null default 'TARGETED' check (inspection_type in ('RANDOM', 'TARGETED')),
    add column approved_on      date,
    add column public_since     date,
    add column completed_on     date,
    add column rectified_on     date,
    add column referred_for_enforcement boolean not null default false,
    add column items            jsonb not null default '[]';

update disclosure set public_since = (published_at at time zone 'Asia/Shanghai')::date,
                      approved_on = (published_at at time zone 'Asia/Shanghai')::date,
                      completed_on = (published_at at time zone 'Asia/Shanghai')::date;
alter table disclosure alter column public_since set not null, alter column approved_on set not null;

create index disclosure_public on disclosure (public_since desc, id desc);
create index disclosure_public_province on disclosure (province, public_since desc, id desc);
