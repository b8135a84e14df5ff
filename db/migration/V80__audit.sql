-- The audit log: an append-only hash chain. Each record carries the SHA-256 of its canonical form (see
-- cn.chuanyu.metrology.audit.AuditChain), which includes the previous record's hash.
--
-- Production grants: Flyway and Camunda's schema run as a migration-owner role that owns these tables; the
-- application connects as a separate role granted only
--     grant select, insert on audit_record to metrology_app;
--     revoke update, delete, truncate on audit_record from metrology_app;
-- The trigger below also refuses updates and deletes for every role, including the embedded default's
-- superuser (a superuser can still drop or disable it, which is why production must not run as one).

create table audit_record (
    sequence_no    bigint primary key check (sequence_no > 0),
    recorded_at    timestamptz not null,
    actor          varchar(60) not null,
    action         varchar(60) not null,
    subject_type   varchar(40) not null,
    subject_id     varchar(80),
    detail         text,
    previous_hash  char(64) not null,
    hash           char(64) not null unique
);

create index audit_record_subject on audit_record (subject_type, subject_id);
create index audit_record_actor on audit_record (actor);

create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_record_no_update_or_delete before update or delete on audit_record
    for each row execute function audit_record_append_only();

create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();

-- Where the application has its own role (metrology_app, see README "Production"), take away
-- what it must never do; the embedded default has no such role and relies on the triggers.
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'metrology_app') then
        execute 'revoke update, delete, truncate on audit_record from metrology_app';
        execute 'grant select, insert on audit_record to metrology_app';
    end if;
end;
$$;
