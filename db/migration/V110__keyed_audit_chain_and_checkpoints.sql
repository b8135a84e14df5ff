-- The audit chain gets a key and anchors (issue 17).
--
-- Records are linked by HMAC-SHA-256 with a key that is not in the database (AUDIT_CHAIN_KEY); each record names
-- the id of its key (key_id), so old records keep verifying after a rotation. Records written before this
-- migration keep their SHA-256 link and have no key_id; the first keyed record covers them (it links to their
-- head), and the verifier accepts unkeyed records only before the first keyed one.
--
-- A chain has an id: the application writes chain 'main'; tests write chains of their own, so an attack on a
-- test's chain never disturbs another test. Sequence numbers count per chain.

alter table audit_record add column chain_id varchar(40) not null default 'main';
alter table audit_record alter column chain_id drop default;
alter table audit_record add column key_id varchar(32);
alter table audit_record drop constraint audit_record_pkey;
alter table audit_record add primary key (chain_id, sequence_no);

-- Checkpoints: the head of a chain (sequence number, head MAC, number of records, time) written at least daily
-- and on demand, published on /public/audit and mailed to the administrators of both provinces. Each checkpoint
-- is MACed with the chain key and links to the one before, so an edited or removed checkpoint is found too.
create table audit_checkpoint (
    chain_id       varchar(40) not null,
    checkpoint_no  bigint not null check (checkpoint_no > 0),
    sequence_no    bigint not null check (sequence_no >= 0),
    head_hash      char(64) not null,
    record_count   bigint not null check (record_count >= 0),
    created_at     timestamptz not null,
    occasion       varchar(20) not null check (occasion in ('SCHEDULED', 'ON_DEMAND')),
    requested_by   varchar(60) not null,
    key_id         varchar(32) not null,
    previous_mac   char(64) not null,
    mac            char(64) not null unique,
    primary key (chain_id, checkpoint_no)
);

create function audit_checkpoint_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_checkpoint is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_checkpoint_no_update_or_delete before update or delete on audit_checkpoint
    for each row execute function audit_checkpoint_append_only();

create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_checkpoint_append_only();

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'metrology_app') then
        execute 'revoke update, delete, truncate on audit_checkpoint from metrology_app';
        execute 'grant select, insert on audit_checkpoint to metrology_app';
    end if;
end;
$$;
