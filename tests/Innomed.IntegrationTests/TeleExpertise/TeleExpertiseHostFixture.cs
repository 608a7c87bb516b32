using Innomed.Grains;
using Innomed.Grains.Directory;
using Innomed.IntegrationTests.EndToEnd;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;

namespace Innomed.IntegrationTests.TeleExpertise;

/// <summary>
/// The embedded run (SQLite) on a fake domain clock with reminders checked every second, sign-in
/// required, and a second cardiologist in the demo territory so escalations have someone to ask.
/// </summary>
public sealed class TeleExpertiseHostFixture : IAsyncLifetime
{
    public const string Gp = "10000000001";
    public const string OtherGp = "10000000002";
    public const string Cardiologist = "20000000001";
    public const string Dermatologist = "20000000003"; // the demo's only one
    public const string SecondCardiologist = "20000000091";
    public const string Biologist = "50000000001"; // lab-demo:bio
    public const string OnCallGp = "10000000010";  // the demo's GP on call
    public const string Admin = "admin-demo";
    public const string Dpo = "dpo-demo";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("innomed-te-");
    private readonly Dictionary<string, string> _tokens = [];

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public InnomedProcess Host { get; private set; } = null!;

    public static void FakeTime(WebApplicationBuilder b, TimeProvider clock)
    {
        b.Services.AddKeyedSingleton(GrainServices.ClockKey, clock);
        b.Services.Configure<JourneyOptions>(o =>
        {
            o.DeadlineCheckPeriod = TimeSpan.FromSeconds(1);
            o.FirstCheckAtDueTime = false;
        });
        b.Services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
    }

    public async Task InitializeAsync()
    {
        Host = await InnomedProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Innomed:DataDirectory"] = _data.FullName,
            ["Innomed:AllowAnonymousAsSystem"] = "false",
        }, b => FakeTime(b, Clock));
        using var anonymous = new GraphQLHttp(Host.BaseAddress);
        foreach (var user in new[] { Gp, OtherGp, Cardiologist, Dermatologist, Biologist, OnCallGp, Admin, Dpo }) _tokens[user] = await anonymous.SignInAsync(user);

        // No mutation registers practitioners (the directory is administered elsewhere): straight to the grain.
        await Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IPractitionerGrain>(SecondCardiologist).RegisterAsync(new PractitionerProfile
        {
            Id = SecondCardiologist, FamilyName = "Lemoine", GivenName = "Sarah", Role = PractitionerRole.Specialist,
            Specialty = "Cardiology", TerritoryId = "demo",
        });
    }

    public string Token(string user) => _tokens[user];

    public GraphQLHttp As(string user) => new(Host.BaseAddress, _tokens[user]);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
