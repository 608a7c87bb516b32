-- Innomed schema, SQLite (embedded single-process run), step 1: the Orleans query catalogue.
--
-- Orleans' ADO.NET providers read "SELECT QueryKey, QueryText FROM OrleansQuery" at start-up and run
-- those texts with named parameters (Microsoft.Data.Sqlite binds @Name). Table, column and key
-- names are a contract with the Microsoft.Orleans.*.AdoNet 10.4.2 assemblies.
-- Each script runs once, in its own transaction, recorded in innomed_schema_version.
-- Never edit a script that has shipped: add a new numbered one.

CREATE TABLE OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
