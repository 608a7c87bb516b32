-- Innomed schema, SQLite (embedded run), step 6: stored documents, same columns as
-- PostgreSQL-0006-Documents.sql (content as a blob; uploaded_at as fixed-width ISO-8601 UTC text,
-- so text order is time order; the prescription as JSON text).

CREATE TABLE innomed_documents
(
    id               TEXT    PRIMARY KEY,
    journey_id       TEXT    NOT NULL,
    step_id          TEXT    NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('CONSULTATION_REPORT', 'RESULT', 'LETTER', 'PRESCRIPTION', 'OTHER')),
    name             TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    content_type     TEXT    NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'text/plain')),
    size             INTEGER NOT NULL CHECK (size BETWEEN 1 AND 52428800),
    sha256           TEXT    NOT NULL CHECK (length(sha256) = 64),
    uploaded_by      TEXT    NOT NULL,
    uploaded_by_role TEXT    NOT NULL,
    uploaded_at      TEXT    NOT NULL,
    prescription     TEXT    NULL,
    content          BLOB    NOT NULL,
    CHECK (length(content) = size)
);

CREATE INDEX ix_innomed_documents_journey ON innomed_documents (journey_id, uploaded_at, id);
