-- Planning: campaigns (抽查计划), their frozen draw inputs and results, and the drawn parties with their teams.
-- A drawn party's row carries the "started" marker that makes starting inspections resumable and idempotent.

create table campaign (
    id                   bigint generated always as identity primary key,
    name                 varchar(200) not null,
    party_kind           varchar(20) not null check (party_kind in ('AUTHORISED_BODY', 'INSTRUMENT_MAKER')),
    categories           varchar(40)[] not null,
    provinces            char(2)[] not null,
    joint                boolean not null,
    sample_count         integer check (sample_count > 0),
    sample_ratio         numeric(7, 6) check (sample_ratio > 0 and sample_ratio <= 1),
    minimum_low          integer not null default 0 check (minimum_low >= 0),
    minimum_medium       integer not null default 0 check (minimum_medium >= 0),
    minimum_high         integer not null default 0 check (minimum_high >= 0),
    team_size            integer not null default 2 check (team_size >= 2),
    load_cap             integer not null check (load_cap >= 1),
    period_start         date not null,
    period_end           date not null,
    window_start         date not null,
    window_end           date not null,
    -- the seed is entered before the draw, or later when it is a public value named in seed_source in advance
    seed                 varchar(200),
    seed_source          varchar(300),
    recurrence           varchar(100),
    series_id            bigint references campaign (id),
    occurrence_date      date,
    status               varchar(12) not null check (status in ('PLANNED', 'OPEN', 'DRAWN', 'STARTED', 'RECURRING', 'ENDED')),
    created_by           varchar(60) not null,
    opened_by            varchar(60),
    process_instance_id  varchar(64),
    version              integer not null default 0,
    created_at           timestamptz not null default now(),
    check ((sample_count is null) <> (sample_ratio is null)),
    check (seed is not null or seed_source is not null),
    check (period_end >= period_start),
    check (window_end >= window_start),
    unique (series_id, occurrence_date)
);
create index campaign_status on campaign (status, id);

-- the frozen inputs of a campaign's draw (register, inspector pool, parameters, seed) and, once drawn, its result
create table campaign_draw (
    campaign_id        bigint primary key references campaign (id),
    algorithm_version  varchar(40) not null,
    seed               varchar(200) not null,
    register_sha256    char(64) not null,
    inputs_sha256      char(64) not null,
    register_size      integer not null,
    inputs             jsonb not null,
    exemption_source   varchar(200) not null,
    party_exclusions   jsonb not null,
    result             jsonb,
    frozen_at          timestamptz not null,
    drawn_at           timestamptz
);

-- one row per drawn party: its team, or why no valid team exists, and whether its inspection was started
create table campaign_selection (
    campaign_id    bigint not null references campaign_draw (campaign_id),
    position       integer not null,
    party_id       bigint not null references party (id),
    team           bigint[] not null,
    team_problem   varchar(1000),
    planned_date   date not null,
    inspection_id  bigint,
    started_at     timestamptz,
    primary key (campaign_id, position),
    unique (campaign_id, party_id)
);
create index campaign_selection_to_start on campaign_selection (campaign_id, position)
    where started_at is null and team_problem is null;
