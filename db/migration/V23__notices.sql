-- Notices (通知书) requested by process steps. A request is written in the transaction of the step that caused
-- it; the unique key (process instance, step, kind) makes a retried step a no-op. Sending comes later.

create table notice (
    id                   bigint generated always as identity primary key,
    process_instance_id  varchar(64) not null,
    step                 varchar(80) not null,
    kind                 varchar(30) not null,
    party_id             bigint not null references party (id),
    subject_type         varchar(30) not null,
    subject_id           bigint not null,
    status               varchar(12) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts             integer not null default 0,
    requested_at         timestamptz not null,
    unique (process_instance_id, step, kind)
);
create index notice_status on notice (status, id);
create index notice_subject on notice (subject_type, subject_id);

-- 结果公示: approved inspection results, public, with no personal data
create table disclosure (
    id             bigint generated always as identity primary key,
    inspection_id  bigint not null unique references inspection (id),
    party_id       bigint not null references party (id),
    credit_code    char(18) not null,
    party_name_zh  varchar(200) not null,
    province       char(2) not null references province (code),
    inspected_on   date not null,
    outcome        varchar(10) not null check (outcome in ('PASS', 'RECTIFY', 'FAIL')),
    published_at   timestamptz not null
);
create index disclosure_published on disclosure (published_at desc, id desc);
create index disclosure_party on disclosure (party_id);
