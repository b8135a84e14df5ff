-- 结果互认: province B recognises an approved inspection result of a party from province A for some instrument
-- categories until an end date. The row is the source of truth; the Recognition process holds its id.

create table recognition (
    id                     bigint generated always as identity primary key,
    party_id               bigint not null references party (id),
    inspection_id          bigint not null references inspection (id),
    from_province          char(2) not null references province (code),
    province               char(2) not null references province (code),
    requested_categories   varchar(40)[] not null,
    valid_until            date not null,
    on_behalf_of_party     boolean not null default false,
    requested_by           varchar(60) not null,
    requested_at           timestamptz not null,
    status                 varchar(20) not null default 'REQUESTED'
        check (status in ('REQUESTED', 'ACCEPTED', 'PARTIALLY_ACCEPTED', 'REFUSED', 'WITHDRAWN', 'EXPIRED')),
    verdict                varchar(14) check (verdict in ('ELIGIBLE', 'PARTIAL', 'NOT_ELIGIBLE')),
    verdict_reasons        varchar(300)[] not null default '{}',
    uncovered_categories   varchar(40)[] not null default '{}',
    recognised_categories  varchar(40)[] not null default '{}',
    decision               varchar(16) check (decision in ('ACCEPT', 'ACCEPT_IN_PART', 'REFUSE')),
    decision_reason        varchar(1000),
    decided_by             varchar(60),
    decided_at             timestamptz,
    -- a refusal lets province B plan a normal inspection of the party (planning's draw may read it)
    inspection_suggested   boolean not null default false,
    withdrawn_reason       varchar(500),
    withdrawn_at           timestamptz,
    review_note            varchar(1000),
    reviewed_by            varchar(60),
    reviewed_at            timestamptz,
    process_instance_id    varchar(64) unique,
    version                integer not null default 0,
    check (province <> from_province)
);
create index recognition_in_force on recognition (province, status, valid_until, party_id);
create index recognition_party on recognition (party_id, status);
create index recognition_from_province on recognition (from_province, id);
