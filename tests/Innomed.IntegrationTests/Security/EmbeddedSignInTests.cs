using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Innomed.IntegrationTests.EndToEnd;

namespace Innomed.IntegrationTests.Security;

/// <summary>
/// The README's run command (embedded SQLite, demo data) with the development sign-in: the picker
/// lists the demo directory, and its tokens act as the user over HTTP and WebSocket. Anonymous
/// access as the system is turned off here so that only sign-in lets anybody in.
/// </summary>
[Trait("Category", "Security")]
public sealed class EmbeddedSignInTests : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("innomed-signin-");
    private InnomedProcess _process = null!;
    private AuthHttp _http = null!;

    public async Task InitializeAsync()
    {
        _process = await InnomedProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Innomed:DataDirectory"] = _directory.FullName,
            ["Innomed:AllowAnonymousAsSystem"] = "false",
        });
        _http = new AuthHttp(_process.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Given_EmbeddedRun_When_ListingDevUsers_Then_DemoPractitionersWithTheirRolesPlusPatientsAdminAndDpo()
    {
        var users = (await _http.Client.GetFromJsonAsync<JsonElement>("/auth/dev/users")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("id").GetString()!, u => (Role: u.GetProperty("role").GetString(), Unit: u.GetProperty("unitId").GetString()));

        users["10000000001"].ShouldBe(("Gp", null));
        users["20000000001"].ShouldBe(("Specialist", null));
        users["30000000001"].ShouldBe(("HospitalStaff", "chu-demo:er"));
        users["40000000001"].ShouldBe(("Regulator", null));
        users["50000000001"].ShouldBe(("Biologist", "lab-demo:bio"));
        users["60000000001"].ShouldBe(("Radiologist", "rad-demo:imaging"));
        users["patient-demo-1"].Role.ShouldBe("Patient");
        users["admin-demo"].Role.ShouldBe("Admin");
        users["dpo-demo"].Role.ShouldBe("DataProtectionOfficer");
        users.Count(u => u.Value.Role == "Gp").ShouldBe(10);
        File.Exists(Path.Combine(_directory.FullName, "dev-signing-key")).ShouldBeTrue();
    }

    [Fact]
    public async Task Given_SignedInGp_When_StartingAJourney_Then_AuthenticatedWhileAnonymousAndForgedAreRefused()
    {
        const string start = """mutation { startJourney(input: { territoryId: "demo", patient: { familyName: "Test", givenName: "Auth", birthDate: "1980-05-06" } }) { journey { id } } }""";
        var token = await _http.SignInAsync("10000000001");

        var signedIn = await _http.GraphQLAsync(start, token);
        var anonymous = await _http.GraphQLAsync(start);
        var forged = await _http.GraphQLAsync(start, token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"));

        signedIn.Status.ShouldBe(HttpStatusCode.OK);
        AuthHttp.ErrorCode(signedIn.Body).ShouldBeOneOf([null, "FORBIDDEN"], signedIn.Body?.ToJsonString());
        AuthHttp.ErrorCode(anonymous.Body).ShouldBe("UNAUTHENTICATED");
        forged.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_EmbeddedRun_When_OpeningWebSockets_Then_DevTokenAckedAndMissingTokenClosed4403()
    {
        var token = await _http.SignInAsync("30000000001");

        (await _http.ConnectionInitAsync(new { Authorization = "Bearer " + token })).ShouldBe("connection_ack");
        (await _http.ConnectionInitAsync(null)).ShouldBe("close 4403");
        (await _http.ConnectionInitAsync(new { Authorization = "Bearer " + token + "x" })).ShouldBe("close 4403");
    }
}
