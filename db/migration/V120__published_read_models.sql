-- Each module owns its tables; another module reads them only through the owner's Java API or through a view the
-- owner publishes here as its read model, named <owning module>_<thing>_view. The views are plain projections
-- (PostgreSQL inlines them), so a reader pays nothing for going through them.

-- published read model of registry
create view registry_party_view as
select id, credit_code, kind, name_zh, name_en, province, region_code, risk_class, status, preferred_language
from party;

-- published read model of registry
create view registry_category_view as
select code, name_zh, name_en, active
from instrument_category;

-- published read model of registry: every credential of a party with the last day it is valid. Whether a
-- credential is valid on a day D is one rule (registry.Credential#validOn in Java, the function below in SQL):
-- valid while D <= last_valid_day.
create view registry_credential_view as
select party_id, 'CERTIFICATE' as kind, number as reference, null::varchar(40) as category_code,
       valid_to as last_valid_day
from authorisation_certificate
union all
select party_id, 'STANDARD', certificate_number, null, calibration_due
from measurement_standard
union all
select party_id, 'TYPE_APPROVAL', type_approval_number, category_code, approval_valid_to
from product;

-- published read model of registry
create function registry_credential_valid_on(last_valid_day date, on_day date) returns boolean
    language sql immutable strict parallel safe
    as $$ select on_day <= last_valid_day $$;

-- published read model of security
create view security_account_view as
select username, display_name, role, province, staff_id, enabled
from app_user;

-- published read model of inspection
create view inspection_summary_view as
select id, party_id, province, status, campaign_id, planned_date
from inspection;
