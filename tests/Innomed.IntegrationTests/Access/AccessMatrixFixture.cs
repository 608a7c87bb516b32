using Innomed.IntegrationTests.EndToEnd;

namespace Innomed.IntegrationTests.Access;

/// <summary>
/// The embedded run with sign-in required (no anonymous system access), one token per demo user,
/// and a reference journey: started and triaged by patient-demo-1, taken in charge by the first GP,
/// referred to the cardiologist.
/// </summary>
public sealed class AccessMatrixFixture : IAsyncLifetime
{
    public const string Gp = "10000000001";
    public const string OtherGp = "10000000002";
    public const string Cardiologist = "20000000001";
    public const string OtherSpecialist = "20000000002";
    public const string ErDoctor = "30000000001";   // HospitalStaff of chu-demo:er
    public const string Regulator = "40000000001";
    public const string Biologist = "50000000001";  // lab-demo:bio
    public const string Radiologist = "60000000001"; // rad-demo:imaging
    public const string Patient = "patient-demo-1";
    public const string OtherPatient = "patient-demo-2";
    public const string Admin = "admin-demo";
    public const string Dpo = "dpo-demo";

    public static readonly string[] Users = [Patient, OtherPatient, Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor, Biologist, Radiologist, Regulator, Admin, Dpo];

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("innomed-access-");
    private readonly Dictionary<string, string> _tokens = [];

    public InnomedProcess Host { get; private set; } = null!;
    public string JourneyId { get; private set; } = "";
    public string ReferralId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = await InnomedProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Innomed:DataDirectory"] = _data.FullName,
            ["Innomed:AllowAnonymousAsSystem"] = "false",
        });
        using var anonymous = new GraphQLHttp(Host.BaseAddress);
        foreach (var user in Users) _tokens[user] = await anonymous.SignInAsync(user);

        JourneyId = await JourneyScript.StartAsync(As(Patient), "Matrix");
        await JourneyScript.TriageAsync(As(Patient), JourneyId, ("pain", "4"), ("temperature", "37.5"));
        await As(Gp).DataAsync("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"" + Gp + "\" }) { journey { id } } }", new { j = JourneyId });
        ReferralId = await JourneyScript.ReferAsync(As(Gp), JourneyId, new { practitionerId = Cardiologist });
    }

    public string Token(string user) => _tokens[user];

    /// <summary>A GraphQL client signed in as the user (null: anonymous).</summary>
    public GraphQLHttp As(string? user) => new(Host.BaseAddress, user is null ? null : _tokens[user]);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
