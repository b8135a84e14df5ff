-- The application's own database role (README "Production database roles"): the migrations run as an owner role
-- that owns both schemas; the application connects as metrology_app, which may read and write rows and nothing
-- else (no DDL). Where that role exists, grant it exactly that on everything V1-V102 created, and by default on
-- whatever later migrations of this owner create. The local run and the tests have no such role (one superuser).
--
-- A later migration that creates a table the application must not change (like audit_record) revokes what it must
-- not do, as below.

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'metrology_app') then
        execute 'grant usage on schema metrology, public to metrology_app';
        execute 'grant select, insert, update, delete on all tables in schema metrology, public to metrology_app';
        execute 'grant usage, select on all sequences in schema metrology, public to metrology_app';
        execute 'alter default privileges in schema metrology, public '
                || 'grant select, insert, update, delete on tables to metrology_app';
        execute 'alter default privileges in schema metrology, public grant usage, select on sequences to metrology_app';
        -- the audit chain is append-only for the application (V80); the migration history is the owner's
        execute 'revoke update, delete, truncate on metrology.audit_record from metrology_app';
        execute 'revoke insert, update, delete, truncate on metrology.flyway_schema_history from metrology_app';
    end if;
end;
$$;
