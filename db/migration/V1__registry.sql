-- The registry shared by both provinces: reference data, parties (authorised bodies and instrument makers)
-- with their certificates, and the regulators' staff.

create table province (
    code     char(2) primary key,
    name_zh  varchar(40) not null,
    name_en  varchar(60) not null
);

create table region (
    code      char(6) primary key,
    province  char(2) not null references province (code),
    name_zh   varchar(60) not null,
    name_en   varchar(120) not null
);

create table instrument_category (
    code     varchar(40) primary key,
    name_zh  varchar(60) not null,
    name_en  varchar(120) not null,
    active   boolean not null default true
);

create table party (
    id                  bigint generated always as identity primary key,
    credit_code         char(18) not null unique,
    kind                varchar(20) not null check (kind in ('AUTHORISED_BODY', 'INSTRUMENT_MAKER')),
    name_zh             varchar(200) not null,
    name_en             varchar(300),
    province            char(2) not null references province (code),
    region_code         char(6) references region (code),
    address             varchar(500),
    contact_emails      varchar(320)[] not null default '{}',
    preferred_language  varchar(5) not null default 'zh-CN' check (preferred_language in ('zh-CN', 'en')),
    risk_class          varchar(10) not null check (risk_class in ('LOW', 'MEDIUM', 'HIGH')),
    status              varchar(12) not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'INACTIVE')),
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index party_province_kind_status on party (province, kind, status, id);

-- 计量授权证书 of an authorised body, with its scope items by instrument category
create table authorisation_certificate (
    party_id    bigint primary key references party (id) on delete cascade,
    number      varchar(60) not null,
    valid_from  date not null,
    valid_to    date not null,
    check (valid_to >= valid_from)
);

create table authorisation_scope (
    party_id       bigint not null references authorisation_certificate (party_id) on delete cascade,
    category_code  varchar(40) not null references instrument_category (code),
    primary key (party_id, category_code)
);
create index authorisation_scope_category on authorisation_scope (category_code);

-- 计量标准 held by an authorised body; its own calibration must be current (溯源)
create table measurement_standard (
    id                  bigint generated always as identity primary key,
    party_id            bigint not null references party (id) on delete cascade,
    name                varchar(200) not null,
    certificate_number  varchar(60) not null,
    calibration_due     date not null
);
create index measurement_standard_party on measurement_standard (party_id);

-- products of an instrument maker with their 型式批准
create table product (
    id                    bigint generated always as identity primary key,
    party_id              bigint not null references party (id) on delete cascade,
    name                  varchar(200) not null,
    category_code         varchar(40) not null references instrument_category (code),
    type_approval_number  varchar(60) not null,
    approval_valid_from   date not null,
    approval_valid_to     date not null,
    check (approval_valid_to >= approval_valid_from)
);
create index product_party on product (party_id);
create index product_category on product (category_code);

-- 执法检查人员 and 审核人 of one province's regulator
create table staff (
    id         bigint generated always as identity primary key,
    staff_no   varchar(20) not null unique,
    role       varchar(12) not null check (role in ('INSPECTOR', 'SUPERVISOR')),
    name_zh    varchar(60) not null,
    name_en    varchar(120),
    province   char(2) not null references province (code),
    email      varchar(320),
    active     boolean not null default true,
    version    integer not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index staff_province_role on staff (province, role, active);

create table staff_qualification (
    staff_id       bigint not null references staff (id) on delete cascade,
    category_code  varchar(40) not null references instrument_category (code),
    primary key (staff_id, category_code)
);

-- declared conflicts of interest: the staff member must step aside (回避) from this party
create table staff_conflict (
    staff_id  bigint not null references staff (id) on delete cascade,
    party_id  bigint not null references party (id) on delete cascade,
    reason    varchar(300) not null,
    primary key (staff_id, party_id)
);
create index staff_conflict_party on staff_conflict (party_id);
