using System.Data.Common;
using Innomed.Api.Audit;
using Innomed.IntegrationTests.EndToEnd;
using Innomed.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Innomed.IntegrationTests.Audit;

/// <summary>
/// The real host over GraphQL: a journey started, triaged, read, and a refused command; the
/// trail holds one row for each with the right operation and outcome.
/// </summary>
/// <remarks>
/// The audit is registered here through the host's configure hook, the same call the gateway
/// makes once wired (AddInnomedAudit is idempotent, so this keeps working after that).
/// </remarks>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class AuditEndToEndTests(PostgresServer postgres)
{
    [Fact]
    public async Task GivenTheHostOnPostgres_WhenAJourneyIsWrittenReadAndRefused_ThenEachAccessIsInTheTrail()
    {
        var db = await postgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Innomed"] = db,
            ["Innomed:SeedDemo"] = "true",
            ["Innomed:AllowAnonymousAsSystem"] = "true",
            ["Innomed:Audit:DatabaseRole"] = "innomed_app",
        };
        var (journey, rows) = await RunScriptAsync(settings, () => new NpgsqlConnection(db));
        AssertTrail(journey, rows);
    }

    [Fact]
    public async Task GivenTheEmbeddedRun_WhenAJourneyIsWrittenReadAndRefused_ThenEachAccessIsInTheTrail()
    {
        var dir = Directory.CreateTempSubdirectory("innomed-audit-e2e-");
        try
        {
            var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir.FullName, "innomed.db"), Pooling = false }.ToString();
            var (journey, rows) = await RunScriptAsync(new() { ["Innomed:DataDirectory"] = dir.FullName }, () => new SqliteConnection(file));
            AssertTrail(journey, rows);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    private static async Task<(string Journey, List<(string Operation, string Outcome, string Actor, string Transport, bool HasRequestId)> Rows)> RunScriptAsync(
        Dictionary<string, string?> settings, Func<DbConnection> connect)
    {
        string journey;
        await using (var p = await InnomedProcess.StartAsync(settings, b => b.Services.AddInnomedAudit(b.Configuration)))
        {
            journey = await JourneyScript.StartAsync(p, "Audit");
            var refused = await p.GraphQLAsync(
                "mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"" + JourneyScript.Gp + "\" }) { journey { stage } } }",
                new { j = journey });
            refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_TRANSITION");
            await JourneyScript.TriageAsync(p, journey, ("pain", "6"));
            await p.DataAsync("query($j: ID!) { journey(id: $j) { id stage } }", new { j = journey });
            await p.Services.GetRequiredService<IAuditSink>().FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        }

        var rows = new List<(string, string, string, string, bool)>();
        await using var connection = connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT operation, outcome, actor_id || '/' || actor_role, transport, request_id IS NOT NULL FROM innomed_audit WHERE journey_id = '{journey}' ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4)));
        return (journey, rows);
    }

    private static void AssertTrail(string journey, List<(string Operation, string Outcome, string Actor, string Transport, bool HasRequestId)> rows)
    {
        Guid.TryParse(journey, out _).ShouldBeTrue();
        rows.Select(r => (r.Operation, r.Outcome)).ShouldBe(
        [
            ("Mutation.startJourney", "OK"),
            ("Mutation.takeCharge", "ERROR:INVALID_TRANSITION"),
            ("Mutation.submitTriage", "OK"),
            ("Query.journey", "OK"),
        ]);
        rows.ShouldAllBe(r => r.Actor == "system/SYSTEM" && r.Transport == "HTTP" && r.HasRequestId);
    }
}
