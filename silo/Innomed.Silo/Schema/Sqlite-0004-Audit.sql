-- Innomed schema, SQLite (embedded run), step 4: the audit trail, same columns as
-- PostgreSQL-0005-Audit.sql. SQLite has no roles, so append-only is enforced by triggers that
-- abort any UPDATE or DELETE (a trigger also turns off SQLite's DELETE-without-WHERE truncate
-- shortcut, so there is no way around them short of dropping them, which needs a schema change).
-- "at" is ISO-8601 UTC text with a fixed width, so text order is time order.
-- AUTOINCREMENT: ids are never reused, even after the highest row would have been removed.

CREATE TABLE innomed_audit
(
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor_id    TEXT NOT NULL,
    actor_role  TEXT NOT NULL,
    operation   TEXT NOT NULL,
    journey_id  TEXT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('OK', 'ALLOWED', 'DENIED') OR outcome LIKE 'ERROR:%'),
    transport   TEXT NOT NULL,
    request_id  TEXT NULL
);

CREATE INDEX ix_innomed_audit_journey_at ON innomed_audit (journey_id, at, id);

CREATE TRIGGER innomed_audit_no_update BEFORE UPDATE ON innomed_audit
BEGIN
    SELECT RAISE(ABORT, 'innomed_audit is append-only: UPDATE is not allowed');
END;

CREATE TRIGGER innomed_audit_no_delete BEFORE DELETE ON innomed_audit
BEGIN
    SELECT RAISE(ABORT, 'innomed_audit is append-only: DELETE is not allowed');
END;
