#!/bin/sh
# First start of the database container only: the two roles of README "Production database roles" and the
# database, owned by the owner role that runs the migrations. Passwords come from the compose environment.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$METROLOGY_OWNER_PASSWORD" -v app_password="$METROLOGY_APP_PASSWORD" <<'SQL'
create role metrology_owner login password :'owner_password';
create role metrology_app login password :'app_password';
create database metrology owner metrology_owner;
SQL
