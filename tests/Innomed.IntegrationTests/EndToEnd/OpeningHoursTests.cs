using Innomed.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>Outside the CPTS's hours a patient gets the out-of-hours numbers instead of a journey; a GP still can start one.</summary>
[Trait("Category", "EndToEnd")]
public sealed class OpeningHoursTests : IAsyncLifetime
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("innomed-hours-");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 15, 22, 30, 0, TimeSpan.Zero)); // 23:30 Paris
    private InnomedProcess _host = null!;

    public async Task InitializeAsync() => _host = await InnomedProcess.StartAsync(new Dictionary<string, string?>
    {
        ["Innomed:DataDirectory"] = _data.FullName,
        ["Innomed:AllowAnonymousAsSystem"] = "false",
        ["Innomed:Demo:OpeningHours"] = "08:00-22:00",
    }, b => b.Services.AddKeyedSingleton<TimeProvider>(GrainServices.ClockKey, _clock));

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Delete(recursive: true);
    }

    [Fact]
    public async Task GivenANightRequest_WhenAPatientStartsAJourney_ThenOutOfHoursWithTheNumbersAndNoJourney()
    {
        using var anonymous = new GraphQLHttp(_host.BaseAddress);
        using var patient = new GraphQLHttp(_host.BaseAddress, await anonymous.SignInAsync("patient-demo-1"));
        using var gp = new GraphQLHttp(_host.BaseAddress, await anonymous.SignInAsync("10000000001"));
        var before = (await gp.DataAsync("{ territory(id: \"demo\") { awaitingQueue { id } } }"))["territory"]!["awaitingQueue"]!.AsArray().Count;

        var refused = await patient.GraphQLAsync("""
            mutation { startJourney(input: { territoryId: "demo", patient: { familyName: "Nuit", givenName: "A", birthDate: "1990-01-01" } }) { journey { id } } }
            """);
        var error = refused["errors"]![0]!;
        error["extensions"]!["code"]!.GetValue<string>().ShouldBe("OUT_OF_HOURS");
        error["extensions"]!["numbers"]!.AsArray().Select(n => n!["number"]!.GetValue<string>()).ShouldBe(["15", "116117"]);
        error["message"]!.GetValue<string>().ShouldContain("15");

        _clock.SetUtcNow(new DateTimeOffset(2026, 1, 16, 9, 0, 0, TimeSpan.Zero)); // 10:00 Paris
        (await JourneyScript.StartAsync(patient, "Jour")).ShouldNotBeNullOrEmpty();
        _clock.SetUtcNow(new DateTimeOffset(2026, 1, 16, 22, 0, 0, TimeSpan.Zero)); // 23:00 Paris
        (await JourneyScript.StartAsync(gp, "Garde")).ShouldNotBeNullOrEmpty(); // clinicians are not bound by the window
        (await gp.DataAsync("{ territory(id: \"demo\") { awaitingQueue { id } } }"))["territory"]!["awaitingQueue"]!.AsArray().Count.ShouldBe(before);
    }
}
