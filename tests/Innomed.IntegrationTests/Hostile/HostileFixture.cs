using System.Text.Json.Nodes;
using Innomed.Api.Security.Hardening;
using Innomed.IntegrationTests.EndToEnd;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>
/// The embedded host (SQLite, demo data, sign-in required) hardened as in production, with small
/// WebSocket quotas so floods trip quickly, log lines captured at the shipped levels, and a reference
/// journey (started by patient-demo-1, triaged, taken in charge by the GP, referred to the
/// cardiologist) whose JSON and the territory's awaiting-queue count must survive every case.
/// </summary>
public sealed class HostileFixture : IAsyncLifetime
{
    public const string Gp = "10000000001";
    public const string FloodGp = "10000000009";
    public const string Cardiologist = "20000000001";
    public const string Biologist = "50000000001";
    public const string Patient = "patient-demo-1";
    public const string OtherPatient = "patient-demo-2";
    public const string Admin = "admin-demo";
    public const int SocketsPerAddress = 12;
    public const int SubscribeBurst = 5;

    // Each case costs a signed-in user three or four requests and the fastest runs take ~6 ms a case
    // (~600 requests/s): the burst must outlast a whole run of cases, or they trip the limit themselves.
    public const int UserBurst = 600;
    public const int UserPerSecond = 100;

    private static readonly string[] Users = [Gp, FloodGp, Cardiologist, Biologist, Patient, OtherPatient, Admin];
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("innomed-hostile-");
    private readonly Dictionary<string, string> _tokens = [];

    public CapturedLogs Logs { get; } = new();

    public InnomedProcess Host { get; private set; } = null!;

    public HostileHttp Http { get; private set; } = null!;

    public string DataDirectory => _data.FullName;

    public string JourneyId { get; private set; } = "";

    public string ReferralId { get; private set; } = "";

    private string _snapshot = "";

    public async Task InitializeAsync()
    {
        Host = await InnomedProcess.StartAsync(
            new Dictionary<string, string?>
            {
                ["Innomed:DataDirectory"] = _data.FullName,
                ["Innomed:AllowAnonymousAsSystem"] = "false",
                ["Innomed:RateLimit:Enabled"] = "true", // explicit: scenario hosts may turn it off by default
                ["Innomed:RateLimit:Burst"] = UserBurst.ToString(),
                ["Innomed:RateLimit:PerSecond"] = UserPerSecond.ToString(),
                ["Innomed:RateLimit:AnonymousBurst"] = "1000",
                ["Innomed:RateLimit:AnonymousPerSecond"] = "500",
                ["Innomed:RateLimit:MaxWebSocketsPerAddress"] = SocketsPerAddress.ToString(),
                ["Innomed:RateLimit:SubscribeBurst"] = SubscribeBurst.ToString(),
                ["Innomed:RateLimit:SubscribePerSecond"] = "1",
            },
            builder =>
            {
                // The hosts' own appsettings (Microsoft.AspNetCore and Orleans at Warning) with Default at
                // Information, as shipped; the console stays quiet.
                builder.Configuration["Logging:LogLevel:Default"] = "Information";
                builder.Logging.AddProvider(Logs);
                builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
                // Until the hosts call AddInnomedHardening/UseInnomedHardening themselves; both are idempotent.
                builder.Services.AddInnomedHardening(builder.Configuration, builder.Environment);
                builder.Services.AddSingleton<IStartupFilter, HardeningStartupFilter>();
                builder.Services.Configure<Api.Transport.GraphQLTransportOptions>(o => o.ConnectionInitWaitTimeout = TimeSpan.FromMilliseconds(500));
            });
        Http = new HostileHttp(Host.BaseAddress);
        foreach (var user in Users) _tokens[user] = await Http.SignInAsync(user);

        JourneyId = await JourneyScript.StartAsync(As(Patient), "Reference");
        await JourneyScript.TriageAsync(As(Patient), JourneyId, ("pain", "4"), ("temperature", "37.5"));
        await As(Gp).DataAsync("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"" + Gp + "\" }) { journey { id } } }", new { j = JourneyId });
        ReferralId = await JourneyScript.ReferAsync(As(Gp), JourneyId, new { practitionerId = Cardiologist });
        _snapshot = await SnapshotAsync();
    }

    public string Token(string user) => _tokens[user];

    public GraphQLHttp As(string user) => new(Host.BaseAddress, _tokens[user]);

    /// <summary>The reference journey as its GP reads it, plus the territory's awaiting queue size.</summary>
    public async Task<string> SnapshotAsync()
    {
        using var gp = As(Gp);
        var journey = await JourneyScript.ReadAsync(gp, JourneyId);
        var queue = await gp.DataAsync("""{ territory(id: "demo") { awaitingQueue { id } } }""");
        return new JsonObject
        {
            ["journey"] = journey.DeepClone(),
            ["awaitingQueue"] = queue["territory"]!["awaitingQueue"]!.AsArray().Count,
        }.ToJsonString();
    }

    /// <summary>After a case: a signed-in query still answers, and nothing of the reference state moved.</summary>
    public async Task AssertServingAndUnchangedAsync()
    {
        using var admin = As(Admin);
        var health = await admin.DataAsync("""{ territory(id: "demo") { id } }""");
        health["territory"]!["id"]!.GetValue<string>().ShouldBe("demo");
        (await SnapshotAsync()).ShouldBe(_snapshot);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        _data.Delete(recursive: true);
    }

    private sealed class HardeningStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseInnomedHardening();
            next(app);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<HostileFixture>
{
    public const string Name = "Hostile";
}
