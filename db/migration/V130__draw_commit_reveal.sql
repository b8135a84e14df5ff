-- Algorithm chuanyu-draw/2 (README "The draw"): a draw's seed comes from contributions committed before the
-- register is frozen and revealed after it, so nobody can choose it once the register can be seen.
--
-- A campaign no longer carries a typed seed (the columns stay for draws made under chuanyu-draw/1).
do $$
declare
    seed_rule text;
begin
    select conname into seed_rule from pg_constraint
    where conrelid = 'campaign'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%seed_source%';
    execute format('alter table campaign drop constraint %I', seed_rule);
end;
$$;

-- FROZEN: the register is frozen and published; the draw waits for every contribution to be revealed
alter table campaign drop constraint campaign_status_check;
alter table campaign add constraint campaign_status_check
    check (status in ('PLANNED', 'OPEN', 'FROZEN', 'DRAWN', 'STARTED', 'RECURRING', 'ENDED'));

-- what the capacity check said when the campaign was opened, and who confirmed opening with a shortfall
alter table campaign
    add column opening_capacity        jsonb,
    add column shortfall_confirmed_by  varchar(60),
    add column shortfall_confirmed_at  timestamptz;

-- a chuanyu-draw/2 draw is frozen without a seed; the seed and the hashes over it follow once all is revealed
alter table campaign_draw
    alter column seed drop not null,
    alter column inputs_sha256 drop not null,
    add column frozen_on      date,
    add column frozen_sha256  char(64),
    add column result_sha256  char(64);

-- One row per contribution to a campaign's seed. A secret contribution (SERVER, SUPERVISOR_xx) is committed by
-- the SHA-256 of its canonical commitment text; the BEACON is committed by naming a public random value and the
-- time it is due (its commitment hashes that naming). The value is filled in when revealed, never before.
create table draw_contribution (
    campaign_id        bigint not null references campaign (id),
    contributor        varchar(20) not null
        check (contributor in ('BEACON', 'SERVER', 'SUPERVISOR_CQ', 'SUPERVISOR_SC')),
    commitment_sha256  char(64) not null check (commitment_sha256 ~ '^[0-9a-f]{64}$'),
    committed_at       timestamptz not null,
    committed_by       varchar(60) not null,
    beacon_source      varchar(300),
    beacon_due_at      timestamptz,
    value              varchar(300),
    revealed_at        timestamptz,
    revealed_by        varchar(60),
    primary key (campaign_id, contributor),
    check ((contributor = 'BEACON') = (beacon_source is not null and beacon_due_at is not null)),
    check ((value is null) = (revealed_at is null))
);

-- The server's contribution until the freeze reveals it: in a table of its own, so no query that reads
-- contributions can show it by accident. The freeze copies it into draw_contribution.value and deletes it here.
create table draw_server_secret (
    campaign_id  bigint primary key references campaign (id),
    secret       char(64) not null check (secret ~ '^[0-9a-f]{64}$')
);

-- A published commitment never changes, and a revealed value is written once.
create function draw_contribution_write_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'a draw contribution is never deleted' using errcode = 'insufficient_privilege';
    end if;
    if new.commitment_sha256 <> old.commitment_sha256 or new.committed_at <> old.committed_at
        or new.committed_by <> old.committed_by or new.contributor <> old.contributor
        or new.campaign_id <> old.campaign_id
        or new.beacon_source is distinct from old.beacon_source
        or new.beacon_due_at is distinct from old.beacon_due_at then
        raise exception 'a published commitment cannot change' using errcode = 'insufficient_privilege';
    end if;
    if old.value is not null and (new.value is distinct from old.value
        or new.revealed_at is distinct from old.revealed_at or new.revealed_by is distinct from old.revealed_by) then
        raise exception 'a revealed value cannot change' using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger draw_contribution_write_once before update or delete on draw_contribution
    for each row execute function draw_contribution_write_once();

-- a drawn party without a team: the structured team problem (team_problem keeps its one-line form)
alter table campaign_selection add column team_problem_detail jsonb;
