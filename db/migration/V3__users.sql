-- Sign-in accounts. Inspectors and supervisors are staff of one province; an ADMIN may serve both
-- provinces (province is null only for such an administrator).

create table app_user (
    username         varchar(60) primary key,
    password_hash    varchar(200) not null,
    display_name     varchar(120) not null,
    role             varchar(12) not null check (role in ('ADMIN', 'SUPERVISOR', 'INSPECTOR')),
    province         char(2) references province (code),
    staff_id         bigint unique references staff (id),
    enabled          boolean not null default true,
    failed_logins    integer not null default 0,
    locked_until     timestamptz,
    version          integer not null default 0,
    created_at       timestamptz not null default now(),
    check (province is not null or role = 'ADMIN'),
    check (staff_id is not null or role = 'ADMIN')
);
