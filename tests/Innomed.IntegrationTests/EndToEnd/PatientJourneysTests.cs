using Innomed.IntegrationTests.Access;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>A patient finds their own journeys (seeded and new) and nobody else's.</summary>
[Trait("Category", "EndToEnd")]
public sealed class PatientJourneysTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    private const string Mine = "{ myJourneys { id patient { familyName } } }";

    [Fact]
    public async Task GivenTwoPatients_WhenEachListsTheirJourneys_ThenEachSeesTheirOwnIncludingANewOne()
    {
        using var patient = fixture.As(AccessMatrixFixture.Patient);
        using var other = fixture.As(AccessMatrixFixture.OtherPatient);
        var id = await JourneyScript.StartAsync(patient, "Moi");

        var mine = await EventuallyAsync(async () => (await patient.DataAsync(Mine))["myJourneys"]!.AsArray()
            .Select(j => j!["id"]!.GetValue<string>()).ToArray(), ids => ids.Contains(id));
        mine.Length.ShouldBeGreaterThan(1, "the seeded journey of patient-demo-1 is listed too");
        var theirs = (await other.DataAsync(Mine))["myJourneys"]!.AsArray().Select(j => j!["id"]!.GetValue<string>()).ToArray();
        theirs.ShouldNotBeEmpty();
        theirs.Intersect(mine).ShouldBeEmpty();
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(100);
        }
    }
}
