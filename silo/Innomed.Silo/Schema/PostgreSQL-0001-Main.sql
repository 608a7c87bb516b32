-- Innomed schema, PostgreSQL, step 1: the Orleans query catalogue.
--
-- Orleans' ADO.NET providers (clustering, grain storage, reminders) never hold SQL of their own:
-- at start-up they read "SELECT QueryKey, QueryText FROM OrleansQuery" and run those texts with
-- named parameters. Table name, column names and the query keys are therefore a contract with the
-- Microsoft.Orleans.*.AdoNet 10.4.2 assemblies; everything else (functions, indexes, locking) is ours.
-- Unquoted identifiers fold to lower case in PostgreSQL; Npgsql resolves column names
-- case-insensitively, so the providers' "QueryKey" finds querykey.
--
-- Each script runs once, in its own transaction, recorded in innomed_schema_version by
-- SchemaMigrator. Never edit a script that has shipped: add a new numbered one.

CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
