-- Innomed schema, PostgreSQL, step 3: cluster membership (AdoNetClusteringTable, Orleans 10.4.2).
--
-- Contract with the provider:
--   parameters @DeploymentId (= ClusterId) @Address @Port @Generation @SiloName @HostName @Status
--              @ProxyPort @SuspectTimes @StartTime @IAmAliveTime @Version
--   reads      DeploymentId Address Port Generation SiloName HostName Status ProxyPort SuspectTimes
--              StartTime IAmAliveTime Version (membership); Address ProxyPort Generation (gateways)
--   insert/update/version-insert return one row, one column: > 0 = success, 0 = lost the race.
-- Every membership change bumps the single version row of the cluster first; a writer holding a
-- stale version changes nothing. 10.4.2 has no MetadataJson parameter.
-- We leave out the optional 'CleanupDefunctSiloEntryKey' query: 10.4.2 binds its time parameters
-- as DbType.DateTime and compares them for equality with stored values, which we have not proven
-- exact on timestamptz; without it the provider uses the bulk 'CleanupDefunctSiloEntriesKey'.

CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Functions below use an inner block with an exception handler: that block is a savepoint, so
-- when the version bump succeeded but the row write did not, raising assert_failure undoes the
-- bump and we answer 0 instead of leaving the version moved with nothing to show for it.

CREATE FUNCTION innomed_insert_membership(
    p_deployment_id text, p_address text, p_port integer, p_generation integer,
    p_silo_name text, p_host_name text, p_status integer, p_proxy_port integer,
    p_start_time timestamptz, p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_rows integer;
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = p_deployment_id AND Version = p_version AND Version < 2147483647;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows = 0 THEN
            RETURN 0;
        END IF;

        INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName,
                                            Status, ProxyPort, StartTime, IAmAliveTime)
        VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
                p_status, p_proxy_port, p_start_time, p_i_am_alive_time)
        ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows = 0 THEN
            RAISE EXCEPTION 'membership row exists' USING ERRCODE = 'assert_failure';
        END IF;
        RETURN 1;
    EXCEPTION WHEN assert_failure THEN
        RETURN 0;
    END;
END
$fn$;

CREATE FUNCTION innomed_update_membership(
    p_deployment_id text, p_address text, p_port integer, p_generation integer,
    p_status integer, p_suspect_times text, p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_rows integer;
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = p_deployment_id AND Version = p_version AND Version < 2147483647;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows = 0 THEN
            RETURN 0;
        END IF;

        UPDATE OrleansMembershipTable
        SET Status = p_status,
            SuspectTimes = p_suspect_times,
            -- I-am-alive heartbeats race with status updates; never move the clock backwards.
            IAmAliveTime = GREATEST(IAmAliveTime, p_i_am_alive_time)
        WHERE DeploymentId = p_deployment_id AND Address = p_address
          AND Port = p_port AND Generation = p_generation;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows = 0 THEN
            RAISE EXCEPTION 'membership row missing' USING ERRCODE = 'assert_failure';
        END IF;
        RETURN 1;
    EXCEPTION WHEN assert_failure THEN
        RETURN 0;
    END;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', '
WITH inserted AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer AS row_count FROM inserted;
'),
('InsertMembershipKey', '
SELECT innomed_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                                 @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS row_count;
'),
('UpdateMembershipKey', '
SELECT innomed_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
                                 @IAmAliveTime, @Version) AS row_count;
'),
-- Heartbeat; the provider ignores the result. It does not bump the version on purpose.
('UpdateIAmAlivetimeKey', '
UPDATE OrleansMembershipTable
SET IAmAliveTime = GREATEST(IAmAliveTime, @IAmAliveTime)
WHERE DeploymentId = @DeploymentId AND Address = @Address
  AND Port = @Port AND Generation = @Generation;
'),
-- The LEFT JOIN returns the version row even when the silo has no row yet.
('MembershipReadRowKey', '
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
       m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
'),
('MembershipReadAllKey', '
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
       m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
'),
('DeleteMembershipTableEntriesKey', '
DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
'),
-- Status 3 = Active.
('GatewaysQueryKey', '
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
'),
-- Only rows already declared Dead (6), silent since the cut-off and with no fresh suspicion.
('CleanupDefunctSiloEntriesKey', '
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND IAmAliveTime < @IAmAliveTime
  AND StartTime < @IAmAliveTime
  AND COALESCE(SuspectTimes, '''') = ''''
  AND Status = 6;
');
