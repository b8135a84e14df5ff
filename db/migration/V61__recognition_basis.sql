-- A recognition may rest on a current authorisation certificate or type approval instead of an inspection result.

alter table recognition add column basis varchar(20) not null default 'INSPECTION_RESULT'
    check (basis in ('INSPECTION_RESULT', 'CERTIFICATE'));
alter table recognition alter column inspection_id drop not null;
alter table recognition add check (basis = 'CERTIFICATE' or inspection_id is not null);
