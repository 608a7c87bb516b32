-- Innomed schema, PostgreSQL, step 2: grain state (AdoNetGrainStorage, Orleans 10.4.2).
--
-- Contract with the provider:
--   parameters  @GrainIdHash @GrainIdN0 @GrainIdN1 @GrainTypeHash @GrainTypeString
--               @GrainIdExtensionString @ServiceId @GrainStateVersion @PayloadBinary
--   read        columns PayloadBinary, Version (one row or none)
--   write/clear one row with column NewGrainStateVersion. The provider raises
--               InconsistentStateException when the value equals the ETag it sent, is NULL,
--               or when no row comes back although it sent an ETag.
-- 10.4.2 writes only the binary payload (the configured IGrainStorageSerializer's bytes), so
-- this table has no JSON/XML payload columns.

CREATE TABLE OrleansStorage
(
    -- Orleans hashes the grain id and type into two ints; the narrow index below finds the row,
    -- and the clear-text columns prune the (rare) hash collisions.
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL,
    Version                integer      NULL
);

CREATE INDEX IX_OrleansStorage ON OrleansStorage (GrainIdHash, GrainTypeHash);

-- Optimistic write. With an ETag: update only the row still at that version. Without one: insert
-- the first version unless a row exists. The insert branch takes a transaction-scoped advisory
-- lock on the two hashes so that two activations racing to create the same grain (split brain)
-- cannot both insert: the loser then sees the winner's row and gets NULL back. The lock is only
-- taken on a grain's first write, never on the hot update path.
CREATE FUNCTION innomed_write_grain_state(
    p_grain_id_hash    integer,
    p_grain_id_n0      bigint,
    p_grain_id_n1      bigint,
    p_grain_type_hash  integer,
    p_grain_type       text,
    p_grain_id_ext     text,
    p_service_id       text,
    p_expected_version integer,
    p_payload          bytea)
RETURNS TABLE (NewGrainStateVersion integer)
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_rows integer;
BEGIN
    IF p_expected_version IS NOT NULL THEN
        UPDATE OrleansStorage s
        SET PayloadBinary = p_payload,
            ModifiedOn    = now(),
            Version       = s.Version + 1
        WHERE s.GrainIdHash = p_grain_id_hash
          AND s.GrainTypeHash = p_grain_type_hash
          AND s.GrainIdN0 = p_grain_id_n0
          AND s.GrainIdN1 = p_grain_id_n1
          AND s.GrainTypeString = p_grain_type
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_ext
          AND s.ServiceId = p_service_id
          AND s.Version = p_expected_version;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        -- Same version back = conflict for the provider.
        RETURN QUERY SELECT CASE WHEN v_rows > 0 THEN p_expected_version + 1 ELSE p_expected_version END;
        RETURN;
    END IF;

    PERFORM pg_advisory_xact_lock(p_grain_type_hash, p_grain_id_hash);

    INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
                                GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type,
           p_grain_id_ext, p_service_id, p_payload, now(), 1
    WHERE NOT EXISTS (
        SELECT 1 FROM OrleansStorage s
        WHERE s.GrainIdHash = p_grain_id_hash
          AND s.GrainTypeHash = p_grain_type_hash
          AND s.GrainIdN0 = p_grain_id_n0
          AND s.GrainIdN1 = p_grain_id_n1
          AND s.GrainTypeString = p_grain_type
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_ext
          AND s.ServiceId = p_service_id);
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    -- NULL = someone else created it first: a conflict for the provider.
    RETURN QUERY SELECT CASE WHEN v_rows > 0 THEN 1 ELSE NULL::integer END;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
SELECT NewGrainStateVersion
FROM innomed_write_grain_state(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                               @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);
'),
('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND ServiceId = @ServiceId;
'),
-- Clearing keeps the row (payload NULL, version bumped) so the ETag chain never restarts;
-- the provider then sees RecordExists = false.
('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL,
    ModifiedOn = now(),
    Version = Version + 1
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
');
