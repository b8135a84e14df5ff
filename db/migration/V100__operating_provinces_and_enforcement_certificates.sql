-- Second wave, shared by planning (the draw), registry and recognition.
--
-- Where a party operates (结果互认 across provinces): besides its home province (party.province) a party may
-- operate in the other province (a site, a service, instruments placed on the market there). A campaign's
-- register is every party that operates in one of its provinces. The home province is never listed here.
create table party_operating_province (
    party_id  bigint not null references party (id) on delete cascade,
    province  char(2) not null references province (code),
    basis     varchar(20) not null check (basis in ('SITE', 'SERVICE', 'MARKET')),
    primary key (party_id, province)
);
create index party_operating_province_province on party_operating_province (province, party_id);

-- 执法证: an inspector may inspect (and be drawn onto a team) only while the enforcement certificate is valid.
alter table staff
    add column enforcement_certificate_no          varchar(40),
    add column enforcement_certificate_valid_until date;
