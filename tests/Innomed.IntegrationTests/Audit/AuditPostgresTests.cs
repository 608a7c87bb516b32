using Innomed.Api.Audit;
using Innomed.IntegrationTests.Infrastructure;
using Innomed.Silo.Persistence;
using Npgsql;

namespace Innomed.IntegrationTests.Audit;

/// <summary>innomed_audit on a real PostgreSQL: COPY batches, paging, and append-only for the app role and the owner.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class AuditPostgresTests(PostgresServer postgres)
{
    private async Task<string> MigratedDatabaseAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.RunAsync(connectionString, SchemaProvider.PostgreSql);
        return connectionString;
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task GivenAThousandRecords_WhenEnqueuedAndFlushed_ThenAllArePersisted_AndTheTrailPagesNewestFirst()
    {
        var db = await MigratedDatabaseAsync();
        var journey = Guid.NewGuid();
        var start = DateTimeOffset.UtcNow;
        await using var audit = await AuditServices.StartAsync(new() { ["ConnectionStrings:Innomed"] = db });

        for (var i = 0; i < 1000; i++) (await audit.Buffer.RecordAsync(AuditServices.Record(journey, i, start.AddMilliseconds(i)))).ShouldBeTrue();
        await audit.FlushAsync();

        (await ScalarAsync(db, $"SELECT count(*) FROM innomed_audit WHERE journey_id = '{journey}'")).ShouldBe(1000L);
        var page1 = await audit.Store.ReadJourneyAsync(journey, 3, null, CancellationToken.None);
        page1.Select(e => e.Record.ActorId).ShouldBe(["actor-999", "actor-998", "actor-997"]);
        var page2 = await audit.Store.ReadJourneyAsync(journey, 2, page1[^1].Cursor, CancellationToken.None);
        page2.Select(e => e.Record.ActorId).ShouldBe(["actor-996", "actor-995"]);
        var first = (await audit.Store.ReadJourneyAsync(journey, 1000, null, CancellationToken.None))[^1].Record;
        first.ShouldBe(AuditServices.Record(journey, 0, start) with { At = first.At });
        first.At.ShouldBe(start, TimeSpan.FromMilliseconds(1)); // microsecond precision in PostgreSQL
    }

    [Fact]
    public async Task GivenQueuedRecords_WhenTheWriterStopsAtShutdown_ThenNothingIsLost()
    {
        var db = await MigratedDatabaseAsync();
        var journey = Guid.NewGuid();
        var audit = await AuditServices.StartAsync(new() { ["ConnectionStrings:Innomed"] = db, ["Innomed:Audit:BatchSize"] = "100" });

        for (var i = 0; i < 1000; i++) await audit.Buffer.RecordAsync(AuditServices.Record(journey, i));
        await audit.StopAsync();
        await audit.DisposeAsync();

        (await ScalarAsync(db, $"SELECT count(*) FROM innomed_audit WHERE journey_id = '{journey}'")).ShouldBe(1000L);
    }

    [Fact]
    public async Task GivenTheWriterSwitchesToTheAppRole_WhenItCopies_ThenTheRowsAreStored()
    {
        var db = await MigratedDatabaseAsync();
        var journey = Guid.NewGuid();
        await using var audit = await AuditServices.StartAsync(new()
        {
            ["ConnectionStrings:Innomed"] = db,
            ["Innomed:Audit:DatabaseRole"] = "innomed_app",
        });

        await audit.Buffer.RecordAsync(AuditServices.Record(journey, 1));
        await audit.FlushAsync();

        (await audit.Store.ReadJourneyAsync(journey, 10, null, CancellationToken.None)).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("UPDATE innomed_audit SET outcome = 'OK'")]
    [InlineData("DELETE FROM innomed_audit")]
    [InlineData("TRUNCATE innomed_audit")]
    public async Task GivenTheAppRole_WhenItRewritesHistory_ThenPermissionIsDenied_ButItMayInsertAndSelect(string rewrite)
    {
        var db = await MigratedDatabaseAsync();
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using (var role = new NpgsqlCommand("SET ROLE innomed_app", connection)) await role.ExecuteNonQueryAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO innomed_audit (at, actor_id, actor_role, operation, outcome, transport) VALUES (now(), 'a', 'GP', 'Query.journey', 'OK', 'HTTP')", connection))
            (await insert.ExecuteNonQueryAsync()).ShouldBe(1);
        await using (var select = new NpgsqlCommand("SELECT count(*) FROM innomed_audit", connection))
            (await select.ExecuteScalarAsync()).ShouldBe(1L);

        await using var command = new NpgsqlCommand(rewrite, connection);
        var error = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        error.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        error.MessageText.ShouldContain("permission denied");
    }

    [Theory]
    [InlineData("UPDATE innomed_audit SET outcome = 'OK'")]
    [InlineData("DELETE FROM innomed_audit")]
    [InlineData("TRUNCATE innomed_audit")]
    public async Task GivenTheTableOwner_WhenItRewritesHistory_ThenTheTriggerRefuses(string rewrite)
    {
        var db = await MigratedDatabaseAsync();
        await using var audit = await AuditServices.StartAsync(new() { ["ConnectionStrings:Innomed"] = db });
        await audit.Buffer.RecordAsync(AuditServices.Record(Guid.NewGuid(), 1));
        await audit.FlushAsync();

        var error = await Should.ThrowAsync<PostgresException>(() => ScalarAsync(db, rewrite));

        error.MessageText.ShouldContain("append-only");
        (await ScalarAsync(db, "SELECT count(*) FROM innomed_audit")).ShouldBe(1L);
    }

    [Fact]
    public async Task GivenTwoDatabasesOnOneServer_WhenBothAreMigrated_ThenTheSharedRoleIsCreatedOnce()
    {
        await Task.WhenAll(MigratedDatabaseAsync(), MigratedDatabaseAsync());

        (await ScalarAsync(postgres.AdminConnectionString, "SELECT count(*) FROM pg_roles WHERE rolname = 'innomed_app' AND NOT rolcanlogin")).ShouldBe(1L);
    }
}
