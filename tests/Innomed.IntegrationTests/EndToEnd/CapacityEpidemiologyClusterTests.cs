using Innomed.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>
/// Production shape: two nodes of one PostgreSQL cluster sharing live events through Redis. A triage
/// made through A reaches B's epidemiology subscriber (suppressed figures only cross Redis); a capacity
/// published through A is in B's roll-up feed and in the PostgreSQL history B reads, next to the demo's
/// 30 seeded days.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class CapacityEpidemiologyClusterTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task GivenTwoNodesOnPostgresAndRedis_WhenATriageAndACapacityGoThroughA_ThenBSeesThemLiveAndInTheHistory()
    {
        var database = await postgres.CreateDatabaseAsync();
        Dictionary<string, string?> Node(bool seed) => new()
        {
            ["ConnectionStrings:Innomed"] = database,
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
            ["Innomed:SeedDemo"] = seed ? "true" : "false",
            ["Innomed:AllowAnonymousAsSystem"] = "true",
        };
        await using var a = await InnomedProcess.StartAsync(Node(seed: true));
        await using var b = await InnomedProcess.StartAsync(Node(seed: false));
        foreach (var node in new[] { a, b })
            node.Services.GetRequiredService<IConnectionMultiplexer>().IsConnected.ShouldBeTrue();

        await using var dashboard = await GraphQLWsClient.ConnectAsync(b.BaseAddress);
        await dashboard.SubscribeAsync("e", "subscription { epidemiologyUpdated(territoryId: \"demo\") { day { categories { category count suppressed } } } }", new { });
        await dashboard.SubscribeAsync("c", "subscription { territoryCapacity(territoryId: \"demo\") { units { unitId capacity { erWaiting } } } }", new { });
        (await dashboard.NextDataAsync())["territoryCapacity"].ShouldNotBeNull(); // the current roll-up first
        await b.WaitForSubscriptionsAsync(2);
        await Task.Delay(500); // B's Redis channel subscriptions are set up at start; give the socket's streams a moment

        var id = await JourneyScript.StartAsync(a, "Cluster");
        await JourneyScript.TriageAsync(a, id, ("reason", "Toux grasse"));
        var update = (await dashboard.NextDataAsync())["epidemiologyUpdated"]!;
        var respiratory = update["day"]!["categories"]!.AsArray().Single(c => c!["category"]!.GetValue<string>() == "RESPIRATORY")!;
        if (respiratory["count"] is { } count) count.GetValue<int>().ShouldBeGreaterThanOrEqualTo(5);
        else respiratory["suppressed"]!.GetValue<bool>().ShouldBeTrue();

        await a.DataAsync("""
            mutation { updateUnitCapacity(input: { unitId: "chu-demo:er", erWaiting: 31, erLongestWaitMinutes: 200, doctorsOnDuty: 4,
              beds: [{ type: SHORT_STAY, total: 40, occupied: 39 }] }) { bedsTotal } }
            """);
        var roll = (await dashboard.NextDataAsync())["territoryCapacity"]!;
        roll["units"]!.AsArray().Single(u => u!["unitId"]!.GetValue<string>() == "chu-demo:er")!["capacity"]!["erWaiting"]!.GetValue<int>().ShouldBe(31);

        const string History = "query($from: DateTimeOffset!, $b: CapacityBucket) { capacityHistory(unitId: \"chu-demo:er\", from: $from, bucket: $b) { erWaiting samples } }";
        System.Text.Json.Nodes.JsonArray points = [];
        for (var i = 0; i < 50; i++)
        {
            points = (await b.DataAsync(History, new { from = DateTimeOffset.UtcNow.AddHours(-1), b = "FIFTEEN_MINUTES" }))["capacityHistory"]!.AsArray();
            if (points.Count > 0 && points[^1]!["erWaiting"]!.GetValue<int>() == 31) break;
            await Task.Delay(100);
        }
        points[^1]!["erWaiting"]!.GetValue<int>().ShouldBe(31);
        var month = (await b.DataAsync(History, new { from = DateTimeOffset.UtcNow.AddDays(-31), b = "DAY" }))["capacityHistory"]!.AsArray();
        month.Count.ShouldBeGreaterThanOrEqualTo(30);
        month.Sum(p => p!["samples"]!.GetValue<int>()).ShouldBeGreaterThan(600); // 30 days of hourly demo samples
    }
}
