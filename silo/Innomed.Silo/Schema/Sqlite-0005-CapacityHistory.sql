-- Innomed schema, SQLite (embedded run), step 5: the hospital capacity time series, same columns as
-- PostgreSQL-0006-CapacityHistory.sql. recorded_at is ISO-8601 UTC text with a fixed width, so
-- text order is time order. INSERT OR IGNORE on the key makes a re-sent sample harmless.

CREATE TABLE innomed_capacity_history
(
    unit_id                  TEXT    NOT NULL,
    recorded_at              TEXT    NOT NULL,
    territory_id             TEXT    NOT NULL,
    beds_total               INTEGER NOT NULL,
    beds_occupied            INTEGER NOT NULL,
    er_waiting               INTEGER NOT NULL,
    er_longest_wait_minutes  INTEGER NOT NULL,
    doctors_on_duty          INTEGER NOT NULL,
    beds                     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (unit_id, recorded_at)
) WITHOUT ROWID;

CREATE INDEX ix_innomed_capacity_history_recorded_at ON innomed_capacity_history (recorded_at);
