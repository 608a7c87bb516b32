using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>Finding the right colleague: by name (accents and case ignored), role, specialty, unit kind.</summary>
[Trait("Category", "EndToEnd")]
public sealed class DirectorySearchTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    private async Task<string[]> Ids(string query)
    {
        var data = await fixture.Host.DataAsync(query);
        return data.AsObject().First().Value!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToArray();
    }

    [Fact]
    public async Task GivenTheDemoTerritory_WhenSearchingPractitioners_ThenFiltersCombine()
    {
        (await Ids("{ searchPractitioners(territoryId: \"demo\", role: GP) { id } }")).Length.ShouldBe(10);
        (await Ids("{ searchPractitioners(territoryId: \"demo\", specialty: \"cardio\") { id } }")).ShouldBe(["20000000001"]);
        (await Ids("{ searchPractitioners(territoryId: \"demo\", text: \"ELODIE\") { id } }")).ShouldBe(["10000000005"]); // Élodie Roux
        (await Ids("{ searchPractitioners(territoryId: \"demo\", role: SPECIALIST, text: \"durand\") { id } }")).ShouldBeEmpty();
    }

    [Fact]
    public async Task GivenTheDemoTerritory_WhenSearchingUnits_ThenKindAndTextFilterAndContactsCome()
    {
        (await Ids("{ searchUnits(territoryId: \"demo\", kind: EMERGENCY) { id } }")).ShouldBe(["ch-nord:er", "chu-demo:er"]);
        (await Ids("{ searchUnits(territoryId: \"demo\", text: \"reanimation\") { id } }")).ShouldBe(["chu-demo:icu"]);
        var lab = (await fixture.Host.DataAsync("{ searchUnits(territoryId: \"demo\", kind: LABORATORY) { id contactPoint { phone email videoLink } } }"))["searchUnits"]![0]!;
        lab["contactPoint"]!["phone"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        lab["contactPoint"]!["videoLink"]!.GetValue<string>().ShouldStartWith("https://");
    }
}
