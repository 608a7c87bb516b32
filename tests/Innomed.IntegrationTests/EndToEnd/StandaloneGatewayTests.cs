using System.Diagnostics;
using Innomed.IntegrationTests.Infrastructure;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>
/// The cluster shape: a silo process without a gateway, and the gateway as its own process
/// (api/Innomed.Api) that finds the silo through PostgreSQL membership.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class StandaloneGatewayTests(PostgresServer postgres) : IAsyncLifetime
{
    // A gateway in its own process hears of changes only through Redis: the cluster shape needs it.
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task GivenASiloAndASeparateGatewayProcess_WhenAClientDrivesAJourney_ThenItWorksThroughMembership()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await InnomedProcess.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Innomed"] = database,
            ["Innomed:SeedDemo"] = "true",
            ["Innomed:Gateway"] = "false",
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
        });

        var port = InnomedProcess.FreePort();
        var gatewayDll = Path.Combine(AppContext.BaseDirectory, "Innomed.Api.dll");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { gatewayDll, "--urls", $"http://127.0.0.1:{port}", $"--ConnectionStrings:Innomed={database}", $"--ConnectionStrings:Redis={_redis.ConnectionString}",
                     "--Innomed:AllowAnonymousAsSystem=true", "--Logging:LogLevel:Default=Warning" })
            info.ArgumentList.Add(arg);
        using var gateway = Process.Start(info)!;
        gateway.OutputDataReceived += (_, _) => { };
        gateway.ErrorDataReceived += (_, _) => { };
        gateway.BeginOutputReadLine();
        gateway.BeginErrorReadLine();
        try
        {
            using var client = new GraphQLHttp(new Uri($"http://127.0.0.1:{port}"));
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!await client.IsReadyAsync())
            {
                gateway.HasExited.ShouldBeFalse("the gateway process exited");
                DateTime.UtcNow.ShouldBeLessThan(deadline, "the gateway never became ready");
                await Task.Delay(500);
            }

            var id = await JourneyScript.StartAsync(client, "Gateway");
            await using var subscriber = await GraphQLWsClient.ConnectAsync(client.BaseAddress);
            await subscriber.SubscribeAsync("1", "subscription($j: ID!) { journeyUpdated(journeyId: $j, sinceVersion: 0) { version type } }", new { j = id });
            (await subscriber.NextDataAsync())["journeyUpdated"]!["version"]!.GetValue<int>().ShouldBe(1);

            await JourneyScript.TriageAsync(client, id, ("pain", "3"), ("temperature", "37"));
            (await subscriber.NextDataAsync())["journeyUpdated"]!["type"]!.GetValue<string>().ShouldBe("TRIAGE_SUBMITTED");
            var read = await JourneyScript.ReadAsync(client, id);
            read["stage"]!.GetValue<string>().ShouldBe("AWAITING_PRIMARY_CARE");
        }
        finally
        {
            gateway.Kill(entireProcessTree: true);
            await gateway.WaitForExitAsync();
        }
    }
}
