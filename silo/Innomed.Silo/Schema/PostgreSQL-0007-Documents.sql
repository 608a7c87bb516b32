-- Innomed schema, PostgreSQL, step 7: stored documents (issue 6). Consultation reports, results,
-- letters and prescriptions of a journey, with their content in the row (bytea, TOAST-compressed
-- out of line). The gateway caps uploads (Innomed:Documents:MaxBytes, 10 MiB by default); the CHECK
-- below is the last line of defence (50 MiB) whatever a gateway is configured with.
--
-- content_type is what the gateway recognised from the bytes (PDF, PNG, JPEG, UTF-8 text), never
-- only what a client declared. sha256 is the hex digest of content, for integrity checks and
-- duplicate detection. Rows are not deleted by the application; only step_id changes (linking).

CREATE TABLE innomed_documents
(
    id               uuid        PRIMARY KEY,
    journey_id       uuid        NOT NULL,
    step_id          uuid        NULL,
    kind             text        NOT NULL CHECK (kind IN ('CONSULTATION_REPORT', 'RESULT', 'LETTER', 'PRESCRIPTION', 'OTHER')),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    content_type     text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'text/plain')),
    size             bigint      NOT NULL CHECK (size BETWEEN 1 AND 52428800),
    sha256           text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by      text        NOT NULL CHECK (length(uploaded_by) <= 128),
    uploaded_by_role text        NOT NULL CHECK (length(uploaded_by_role) <= 32),
    uploaded_at      timestamptz NOT NULL,
    prescription     jsonb       NULL,
    content          bytea       NOT NULL,
    CHECK (octet_length(content) = size)
);

-- The patient file reads one journey's documents oldest first.
CREATE INDEX ix_innomed_documents_journey ON innomed_documents (journey_id, uploaded_at, id);

REVOKE ALL ON innomed_documents FROM PUBLIC;
GRANT INSERT, SELECT, UPDATE (step_id) ON innomed_documents TO innomed_app;
