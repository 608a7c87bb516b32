-- Innomed schema, PostgreSQL, step 6: the hospital capacity time series (issue 6).
-- One row per published capacity of a unit (the unit grain's state stays the source of truth; this
-- table is its history for charts). (unit_id, recorded_at) is the key, so a sample sent twice
-- (a retry after a lost acknowledgement) is stored once (INSERT ... ON CONFLICT DO NOTHING).
-- beds: beds by type, "Icu:20:18;Usi:12:9" (type:total:occupied), empty when the unit gives totals only.
-- Retention: the silo deletes rows older than Innomed:CapacityHistory:RetentionDays (90, at least 30),
-- by recorded_at, hence the second index. No patient data here.

CREATE TABLE innomed_capacity_history
(
    unit_id                  text        NOT NULL CHECK (length(unit_id) <= 128),
    recorded_at              timestamptz NOT NULL,
    territory_id             text        NOT NULL CHECK (length(territory_id) <= 128),
    beds_total               integer     NOT NULL CHECK (beds_total >= 0),
    beds_occupied            integer     NOT NULL CHECK (beds_occupied >= 0),
    er_waiting               integer     NOT NULL CHECK (er_waiting >= 0),
    er_longest_wait_minutes  integer     NOT NULL CHECK (er_longest_wait_minutes >= 0),
    doctors_on_duty          integer     NOT NULL CHECK (doctors_on_duty >= 0),
    beds                     text        NOT NULL DEFAULT '' CHECK (length(beds) <= 512),
    PRIMARY KEY (unit_id, recorded_at)
);

CREATE INDEX ix_innomed_capacity_history_recorded_at ON innomed_capacity_history (recorded_at);

REVOKE ALL ON innomed_capacity_history FROM PUBLIC;
GRANT SELECT, INSERT, DELETE ON innomed_capacity_history TO innomed_app;
