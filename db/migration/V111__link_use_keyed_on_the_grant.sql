-- A signed link is used once per what it grants (purpose, inspection, party, expiry), not per spelling of its
-- text: re-encoding a used token (padding, re-cased or unused base64 bits) gave the same grant a second use.
-- Uses recorded before this migration keep their token hash (their expiry was never stored) and still block
-- that token; new uses store the grant and no token hash.

alter table notice_link_use drop constraint notice_link_use_pkey;
alter table notice_link_use alter column token_sha256 drop not null;
alter table notice_link_use add column id bigint generated always as identity primary key;
alter table notice_link_use add column expires_at timestamptz;
alter table notice_link_use add constraint notice_link_use_grant_or_token
    check (expires_at is not null or token_sha256 is not null);

create unique index notice_link_use_grant on notice_link_use (purpose, inspection_id, party_id, expires_at);
create unique index notice_link_use_token on notice_link_use (token_sha256) where token_sha256 is not null;
