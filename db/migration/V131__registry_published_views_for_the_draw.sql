-- The registry's published read models that the draw reads (module boundaries, issue 23): planning's SQL names
-- these views, never the registry's tables. The registry keeps their columns and meaning; its package-info
-- lists them.

-- published read model of registry
-- A party as the draw sees it. credentials_valid_until: the earliest last day of validity among its measurement
-- standards' calibrations, type approvals and authorisation certificate (null when it has none); a credential
-- is expired on day D when this is before D.
create view registry_party_profile_view as
select p.id as party_id, p.credit_code, p.name_zh, p.kind, p.status, p.province as home_province, p.risk_class,
       least((select min(m.calibration_due) from measurement_standard m where m.party_id = p.id),
             (select min(pr.approval_valid_to) from product pr where pr.party_id = p.id),
             (select min(a.valid_to) from authorisation_certificate a where a.party_id = p.id))
           as credentials_valid_until
from party p;

-- published read model of registry
-- Where a party operates: its home province (basis HOME) and every other province it works in (SITE, SERVICE,
-- MARKET). A campaign's register is every party that operates in one of its provinces.
create view registry_party_operation_view as
select p.id as party_id, p.province, cast('HOME' as varchar(20)) as basis from party p
union all
select o.party_id, o.province, o.basis from party_operating_province o;

-- published read model of registry
-- The instrument categories a party works in: an authorised body's authorisation scope, a maker's products.
create view registry_party_category_view as
select s.party_id, s.category_code from authorisation_scope s
union
select pr.party_id, pr.category_code from product pr;

-- published read model of registry
-- Inspectors with their enforcement certificate (执法证): enforcement_certificate_valid_until is null when the
-- register holds no certificate number or no validity for the inspector.
create view registry_inspector_view as
select s.id as staff_id, s.staff_no, s.province, s.active,
       case when s.enforcement_certificate_no is not null then s.enforcement_certificate_valid_until end
           as enforcement_certificate_valid_until
from staff s
where s.role = 'INSPECTOR';
