-- The on-site record (现场检查记录): what the party's representative signed (or the refusal to sign, with a
-- witness), each team inspector's confirmation, and the filed PDFs with their SHA-256. All three are evidence:
-- rows are only ever added (triggers below refuse updates and deletes), and a corrected record is a new version.

-- evidence with its context: when the photo was taken and, when the device allowed, where
alter table evidence
    add column captured_at         timestamptz,
    add column latitude            double precision check (latitude between -90 and 90),
    add column longitude           double precision check (longitude between -180 and 180),
    add column location_accuracy_m double precision check (location_accuracy_m >= 0),
    add constraint evidence_location_pair check ((latitude is null) = (longitude is null));

-- the representative's signature, or the refusal recorded by an inspector with a second inspector as witness;
-- each covers the record summary whose SHA-256 it names, and the latest one counts
create table record_attestation (
    id                      bigint generated always as identity primary key,
    inspection_id           bigint not null references inspection (id),
    kind                    varchar(10) not null check (kind in ('SIGNED', 'REFUSED')),
    summary_sha256          char(64) not null,
    representative_name     varchar(60),
    representative_position varchar(60),
    signature_png           bytea,
    signature_sha256        char(64),
    refusal_reason          varchar(500),
    witness_staff_id        bigint references staff (id),
    captured_by             varchar(60) not null,
    captured_by_staff_id    bigint references staff (id),
    captured_at             timestamptz not null,
    check ((kind = 'SIGNED' and representative_name is not null and signature_png is not null
                and signature_sha256 is not null and refusal_reason is null and witness_staff_id is null)
        or (kind = 'REFUSED' and refusal_reason is not null and witness_staff_id is not null
                and signature_png is null))
);
create index record_attestation_inspection on record_attestation (inspection_id, id);

-- each team inspector confirms the record summary with their own sign-in
create table record_confirmation (
    id              bigint generated always as identity primary key,
    inspection_id   bigint not null references inspection (id),
    staff_id        bigint not null references staff (id),
    username        varchar(60) not null,
    summary_sha256  char(64) not null,
    confirmed_at    timestamptz not null
);
create index record_confirmation_inspection on record_confirmation (inspection_id, staff_id, id);

-- the filed PDFs: one per version; a later version names the one it replaces
create table inspection_record (
    id                 bigint generated always as identity primary key,
    inspection_id      bigint not null references inspection (id),
    record_no          varchar(30) not null,
    version            integer not null check (version > 0),
    stage              varchar(10) not null check (stage in ('ON_SITE', 'FINAL')),
    language           varchar(5) not null check (language in ('zh-CN', 'en')),
    verification_code  varchar(40) not null unique,
    sha256             char(64) not null,
    size_bytes         integer not null check (size_bytes > 0),
    pdf                bytea not null,
    supersedes_id      bigint references inspection_record (id),
    filed_by           varchar(60) not null,
    filed_at           timestamptz not null,
    unique (inspection_id, version)
);
create index inspection_record_sha256 on inspection_record (sha256);

create function onsite_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger record_attestation_append_only before update or delete on record_attestation
    for each row execute function onsite_record_append_only();
create trigger record_confirmation_append_only before update or delete on record_confirmation
    for each row execute function onsite_record_append_only();
create trigger inspection_record_append_only before update or delete on inspection_record
    for each row execute function onsite_record_append_only();
