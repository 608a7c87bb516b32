using Innomed.Api.Audit;
using Innomed.Silo.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Innomed.IntegrationTests.Audit;

/// <summary>
/// innomed_audit in the embedded SQLite file. The schema is created by the silo's migrator from
/// Innomed:DataDirectory and written by the gateway's audit from the same key, which also pins
/// the duplicated path rule.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AuditSqliteTests : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("innomed-audit-");

    private Dictionary<string, string?> Settings => new() { ["Innomed:DataDirectory"] = _directory.FullName };

    private string FileConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory.FullName, "innomed.db"), Pooling = false }.ToString();

    public Task InitializeAsync() =>
        SchemaMigrator.RunAsync(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(FileConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task GivenAThousandRecords_WhenEnqueuedAndFlushed_ThenAllArePersisted_AndTheTrailPagesNewestFirst()
    {
        var journey = Guid.NewGuid();
        var start = DateTimeOffset.UtcNow;
        await using var audit = await AuditServices.StartAsync(Settings);

        for (var i = 0; i < 1000; i++) (await audit.Buffer.RecordAsync(AuditServices.Record(journey, i, start.AddMilliseconds(i)))).ShouldBeTrue();
        await audit.FlushAsync();

        (await ScalarAsync("SELECT count(*) FROM innomed_audit")).ShouldBe(1000L);
        var page1 = await audit.Store.ReadJourneyAsync(journey, 2, null, CancellationToken.None);
        page1.Select(e => e.Record.ActorId).ShouldBe(["actor-999", "actor-998"]);
        var page2 = await audit.Store.ReadJourneyAsync(journey, 2, page1[^1].Cursor, CancellationToken.None);
        page2.Select(e => e.Record.ActorId).ShouldBe(["actor-997", "actor-996"]);
        page2[0].Record.ShouldBe(AuditServices.Record(journey, 997, start.AddMilliseconds(997)));
    }

    [Fact]
    public async Task GivenQueuedRecords_WhenTheWriterStopsAtShutdown_ThenNothingIsLost()
    {
        var audit = await AuditServices.StartAsync(Settings);
        for (var i = 0; i < 1000; i++) await audit.Buffer.RecordAsync(AuditServices.Record(Guid.NewGuid(), i));

        await audit.StopAsync();
        await audit.DisposeAsync();

        (await ScalarAsync("SELECT count(*) FROM innomed_audit")).ShouldBe(1000L);
    }

    [Theory]
    [InlineData("UPDATE innomed_audit SET outcome = 'OK'")]
    [InlineData("DELETE FROM innomed_audit")]
    public async Task GivenStoredRows_WhenAnyoneRewritesHistory_ThenTheTriggerAborts(string rewrite)
    {
        await using (var audit = await AuditServices.StartAsync(Settings))
        {
            await audit.Buffer.RecordAsync(AuditServices.Record(Guid.NewGuid(), 1));
            await audit.FlushAsync();
        }

        var error = await Should.ThrowAsync<SqliteException>(() => ScalarAsync(rewrite));

        error.Message.ShouldContain("append-only");
        (await ScalarAsync("SELECT count(*) FROM innomed_audit")).ShouldBe(1L);
    }
}
