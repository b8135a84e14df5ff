-- Inspections (检查任务): one party inspected once by a team of at least two inspectors, driven by the
-- Inspection process. The rows are the source of truth; the process holds ids and small values only.

create table inspection (
    id                      bigint generated always as identity primary key,
    party_id                bigint not null references party (id),
    province                char(2) not null references province (code),
    campaign_id             bigint,
    planned_date            date not null,
    status                  varchar(20) not null default 'OPENED'
        check (status in ('OPENED', 'ON_SITE', 'UNDER_REVIEW', 'RECTIFYING', 'VERIFYING', 'ESCALATED', 'CLOSED')),
    outcome                 varchar(10) check (outcome in ('PASS', 'RECTIFY', 'FAIL')),
    referred_for_enforcement boolean not null default false,
    process_instance_id     varchar(64) unique,
    inspected_on            date,
    approved_by_staff_id    bigint references staff (id),
    rectification_deadline  date,
    rectification_round     integer not null default 0,
    rectification_rejections integer not null default 0,
    opened_by               varchar(60) not null,
    opened_at               timestamptz not null,
    closed_at               timestamptz,
    version                 integer not null default 0
);
-- a campaign opens at most one inspection per party (planning's retries find the existing one)
create unique index inspection_campaign_party on inspection (campaign_id, party_id) where campaign_id is not null;
create index inspection_party on inspection (party_id, inspected_on);
create index inspection_province_status on inspection (province, status, id);
create index inspection_planned_date on inspection (planned_date, id);

create table inspection_team (
    inspection_id  bigint not null references inspection (id) on delete cascade,
    staff_id       bigint not null references staff (id),
    primary key (inspection_id, staff_id)
);
create index inspection_team_staff on inspection_team (staff_id, inspection_id);

-- 检查表: the items checked on site, per party kind, grouped in areas
create table checklist_item (
    code        varchar(40) primary key,
    party_kind  varchar(20) not null check (party_kind in ('AUTHORISED_BODY', 'INSTRUMENT_MAKER')),
    area_code   varchar(40) not null,
    area_zh     varchar(60) not null,
    area_en     varchar(120) not null,
    title_zh    varchar(200) not null,
    title_en    varchar(300) not null,
    clause      varchar(120) not null,
    position    integer not null
);
create index checklist_item_kind on checklist_item (party_kind, position);

-- 不符合项: open until the rectification that answers it is accepted
create table finding (
    id                  bigint generated always as identity primary key,
    inspection_id       bigint not null references inspection (id) on delete cascade,
    checklist_item      varchar(40) not null references checklist_item (code),
    clause              varchar(120) not null,
    severity            varchar(10) not null check (severity in ('MINOR', 'MAJOR', 'CRITICAL')),
    description         varchar(2000) not null,
    recorded_by_staff_id bigint not null references staff (id),
    recorded_at         timestamptz not null,
    closed_at           timestamptz
);
create index finding_inspection on finding (inspection_id, id);
create index finding_open on finding (inspection_id) where closed_at is null;

-- evidence files, in the database so every node of a cluster serves them
create table evidence (
    id              bigint generated always as identity primary key,
    inspection_id   bigint not null references inspection (id) on delete cascade,
    finding_id      bigint references finding (id) on delete cascade,
    purpose         varchar(20) not null check (purpose in ('FINDING', 'RECTIFICATION')),
    file_name       varchar(200) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint not null check (size_bytes > 0),
    sha256          char(64) not null,
    content         bytea not null,
    uploaded_by     varchar(60) not null,
    uploaded_at     timestamptz not null
);
create index evidence_inspection on evidence (inspection_id, id);
create index evidence_finding on evidence (finding_id);

-- every step of an inspection: who did what and when, written in the transaction of the step
create table inspection_event (
    id             bigint generated always as identity primary key,
    inspection_id  bigint not null references inspection (id) on delete cascade,
    step           varchar(60) not null,
    action         varchar(40) not null,
    actor          varchar(60) not null,
    staff_id       bigint references staff (id),
    detail         varchar(2000),
    occurred_at    timestamptz not null
);
create index inspection_event_inspection on inspection_event (inspection_id, id);

-- the open user tasks of inspections, kept by a task listener in the engine's transaction, so "my tasks"
-- and review queues are read in an order an index serves, at any backlog
create table inspection_task (
    task_id        varchar(64) primary key,
    inspection_id  bigint not null references inspection (id) on delete cascade,
    task_kind      varchar(60) not null,
    actor_role     varchar(12) not null check (actor_role in ('INSPECTOR', 'SUPERVISOR')),
    province       char(2) not null references province (code),
    assignee       varchar(60),
    created_at     timestamptz not null,
    closed_at      timestamptz
);
create index inspection_task_inspection on inspection_task (inspection_id, created_at, task_id);
create index inspection_task_queue on inspection_task (province, actor_role, created_at, task_id)
    where closed_at is null;
