using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Innomed.Api.Audit;
using Innomed.IntegrationTests.EndToEnd;
using Innomed.IntegrationTests.Hostile;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innomed.IntegrationTests.Messaging;

/// <summary>
/// The embedded run (SQLite) with sign-in required, a 256 KiB upload limit (so "too large" is cheap
/// to prove) and one token per demo user.
/// </summary>
public sealed class MessagingHostFixture : IAsyncLifetime
{
    public const string Gp = "10000000001";
    public const string OtherGp = "10000000002";
    public const string Cardiologist = "20000000001";
    public const string OtherSpecialist = "20000000002";
    public const string Patient = "patient-demo-1";
    public const string OtherPatient = "patient-demo-2";
    public const string Admin = "admin-demo";
    public const int MaxBytes = 256 * 1024;

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("innomed-msg-");
    private readonly Dictionary<string, string> _tokens = [];

    public InnomedProcess Host { get; private set; } = null!;

    /// <summary>Every line the host logs, searched for patient data.</summary>
    public CapturedLogs Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Host = await InnomedProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Innomed:DataDirectory"] = _data.FullName,
            ["Innomed:AllowAnonymousAsSystem"] = "false",
            ["Innomed:Documents:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, b =>
        {
            // Innomed's own categories down to Debug: even the most talkative level must not carry message text.
            b.Configuration["Logging:LogLevel:Default"] = "Information";
            b.Configuration["Logging:LogLevel:Innomed"] = "Debug";
            b.Logging.AddProvider(Logs);
            b.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        });
        using var anonymous = new GraphQLHttp(Host.BaseAddress);
        foreach (var user in new[] { Gp, OtherGp, Cardiologist, OtherSpecialist, Patient, OtherPatient, Admin })
            _tokens[user] = await anonymous.SignInAsync(user);
    }

    public string Token(string user) => _tokens[user];

    public GraphQLHttp As(string user) => new(Host.BaseAddress, _tokens[user]);

    /// <summary>A plain HTTP client for /documents, signed in as the user (null: anonymous).</summary>
    public HttpClient Files(string? user)
    {
        var http = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (user is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[user]);
        return http;
    }

    /// <summary>Started by the patient, triaged, taken in charge by the GP, referred to the cardiologist: (journey, referral step).</summary>
    public async Task<(string JourneyId, string ReferralId)> JourneyAsync(string familyName)
    {
        using var patient = As(Patient);
        using var gp = As(Gp);
        var journey = await JourneyScript.StartAsync(patient, familyName);
        await JourneyScript.TriageAsync(patient, journey, ("pain", "4"), ("temperature", "37.5"));
        await gp.DataAsync("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"" + Gp + "\" }) { journey { id } } }",
            new { j = journey });
        var referral = await JourneyScript.ReferAsync(gp, journey, new { practitionerId = Cardiologist });
        return (journey, referral);
    }

    /// <summary>Waits until every audit record queued so far is stored (the trail is written in batches).</summary>
    public async Task FlushAuditAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Host.Services.GetRequiredService<IAuditSink>().FlushAsync(timeout.Token);
    }

    public static string Code(JsonObject result) =>
        result["errors"]?.AsArray().FirstOrDefault()?["extensions"]?["code"]?.GetValue<string>() ?? "OK";

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
