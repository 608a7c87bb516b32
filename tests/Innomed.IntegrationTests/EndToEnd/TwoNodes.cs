using Innomed.IntegrationTests.Infrastructure;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>
/// The production shape in one test: two Innomed processes (each a silo of one PostgreSQL cluster
/// co-hosting a gateway) sharing live events through Redis; A seeds the demo. Anonymous callers act
/// as the system (no sign-in needed).
/// </summary>
public static class TwoNodes
{
    public static async Task<(InnomedProcess A, InnomedProcess B)> StartAsync(PostgresServer postgres, RedisServer redis)
    {
        var database = await postgres.CreateDatabaseAsync();
        Dictionary<string, string?> Node(bool seed) => new()
        {
            ["ConnectionStrings:Innomed"] = database,
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Innomed:SeedDemo"] = seed ? "true" : "false",
            ["Innomed:AllowAnonymousAsSystem"] = "true",
        };
        var a = await InnomedProcess.StartAsync(Node(seed: true));
        try
        {
            return (a, await InnomedProcess.StartAsync(Node(seed: false)));
        }
        catch
        {
            await a.DisposeAsync();
            throw;
        }
    }
}
