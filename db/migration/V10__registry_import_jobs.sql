-- CSV imports of parties and staff run as jobs whose progress and errors can be read while they run.
-- The partial unique index lets only one import of the same file content run at a time.

create table import_job (
    id              bigint generated always as identity primary key,
    kind            varchar(10) not null check (kind in ('PARTIES', 'STAFF')),
    content_hash    char(64) not null,
    file_name       varchar(200),
    status          varchar(10) not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    rows_read       integer not null default 0,
    rows_validated  integer not null default 0,
    rows_imported   integer not null default 0,
    error_count     integer not null default 0,
    message         varchar(500),
    started_by      varchar(60) not null,
    started_at      timestamptz not null default now(),
    heartbeat_at    timestamptz not null default now(),
    finished_at     timestamptz
);
create unique index import_job_one_running_per_file on import_job (kind, content_hash) where status = 'RUNNING';

-- every bad row of an import: its row number in the file (the header is row 1), the column and why
create table import_error (
    job_id       bigint not null references import_job (id) on delete cascade,
    row_number   integer not null,
    column_name  varchar(60) not null,
    reason       varchar(500) not null
);
create index import_error_job on import_error (job_id, row_number);
