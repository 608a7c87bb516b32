-- Innomed schema, PostgreSQL, step 5: the audit trail (issue 4). Every read and write of a
-- journey's data appends one row here; rows are never changed or removed.
--
-- What a row holds: who (actor id and role), when, which GraphQL root field (schema coordinate,
-- e.g. "Mutation.submitTriage"), which journey, the outcome, the transport and the request id.
-- Never patient data: no names, no free text, no arguments other than the journey id.
--
-- Append-only is enforced twice:
--  1. Privileges. The application role innomed_app may INSERT and SELECT, nothing else. Run the
--     gateways as a login role that is a member of innomed_app (or set Innomed:Audit:DatabaseRole,
--     which makes the audit writer SET ROLE innomed_app on its connections).
--  2. A statement-level trigger that raises on UPDATE, DELETE and TRUNCATE, so that even the table
--     owner (who runs these migrations) cannot rewrite history by accident or through a bug.
--     Limits, on purpose documented: the owner can still DROP the table or DISABLE the trigger,
--     and a superuser can bypass triggers (session_replication_role = replica). Protection
--     against an administrator needs the rows shipped off the database (WAL archive / pgaudit to
--     write-once storage); that is an operations decision, not something a script can give.
--
-- Creating innomed_app needs CREATEROLE (or a DBA who created the role beforehand: then the
-- IF NOT EXISTS branch skips it). Roles are cluster-wide, so creation tolerates a concurrent
-- migrator of another database creating it at the same moment.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'innomed_app') THEN
        BEGIN
            CREATE ROLE innomed_app NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created by a concurrent migrator in the meantime
        END;
    END IF;
END
$$;

CREATE TABLE innomed_audit
(
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor_id    text        NOT NULL CHECK (length(actor_id) <= 128),
    actor_role  text        NOT NULL CHECK (length(actor_role) <= 32),
    operation   text        NOT NULL CHECK (length(operation) <= 128),
    journey_id  uuid        NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('OK', 'ALLOWED', 'DENIED') OR outcome ~ '^ERROR:[A-Z0-9_]{1,64}$'),
    transport   text        NOT NULL CHECK (length(transport) <= 16),
    request_id  text        NULL     CHECK (length(request_id) <= 128)
);

-- auditTrail(journeyId) reads one journey newest first; id breaks ties between equal timestamps
-- so the cursor (at, id) is exact.
CREATE INDEX ix_innomed_audit_journey_at ON innomed_audit (journey_id, at, id);

CREATE FUNCTION innomed_audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'innomed_audit is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER innomed_audit_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON innomed_audit
    FOR EACH STATEMENT EXECUTE FUNCTION innomed_audit_refuse_change();

REVOKE ALL ON innomed_audit FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON innomed_audit FROM innomed_app;
GRANT INSERT, SELECT ON innomed_audit TO innomed_app;
