-- Delivery of notices by email. The row is the truth of what went out: the rendered mail (subject, text, HTML)
-- is stored once before the first attempt, so a retry sends exactly the same message with the same Message-ID,
-- and an ADMIN sees what the business received.

alter table notice
    add column province         char(2) references province (code),
    add column language         varchar(5),
    add column recipients       varchar(320)[],
    add column subject          varchar(300),
    add column text_body        text,
    add column html_body        text,
    add column message_id       varchar(200),
    add column last_attempt_at  timestamptz,
    add column last_error       varchar(2000),
    add column sent_at          timestamptz;

create index notice_listing on notice (requested_at desc, id desc);
create index notice_kind_status on notice (kind, status);

-- Uses of the signed links in notices (answering without an account). A link is single use: its hash is the key.
create table notice_link_use (
    token_sha256   char(64) primary key,
    purpose        varchar(20) not null check (purpose in ('ACKNOWLEDGE', 'RECTIFICATION')),
    inspection_id  bigint not null references inspection (id),
    party_id       bigint not null references party (id),
    used_at        timestamptz not null
);
create index notice_link_use_inspection on notice_link_use (inspection_id);
