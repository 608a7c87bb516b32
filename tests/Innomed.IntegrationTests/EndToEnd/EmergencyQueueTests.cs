using Innomed.IntegrationTests.Access;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>An emergency reaches the regulator's live queue with the patient's answers; nobody else may listen.</summary>
[Trait("Category", "EndToEnd")]
public sealed class EmergencyQueueTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    private const string Queue = "subscription { emergencyQueue(territoryId: \"demo\") { type stage journey { id triage { level answers { question value } } } } }";

    [Fact]
    public async Task GivenTheRegulatorListening_WhenAPatientReportsARedFlag_ThenTheJourneyArrivesWithItsAnswers()
    {
        await using var regulator = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(AccessMatrixFixture.Regulator));
        var listening = fixture.Host.ActiveSubscriptions + 1;
        await regulator.SubscribeAsync("q", Queue, new { });
        await fixture.Host.WaitForSubscriptionsAsync(listening);
        (await regulator.IsQuietAsync(TimeSpan.FromMilliseconds(300))).ShouldBeTrue();

        using var patient = fixture.As(AccessMatrixFixture.Patient);
        var id = await JourneyScript.StartAsync(patient, "Emergency");
        await JourneyScript.TriageAsync(patient, id, ("reason", "Je ne peux plus bouger le bras, la bouche est de travers"), ("stroke_signs", "yes"));

        var arrived = (await regulator.NextDataAsync())["emergencyQueue"]!;
        arrived["type"]!.GetValue<string>().ShouldBe("REDIRECTED_TO_EMERGENCY");
        arrived["journey"]!["id"]!.GetValue<string>().ShouldBe(id);
        arrived["journey"]!["triage"]!["level"]!.GetValue<string>().ShouldBe("EMERGENCY");
        arrived["journey"]!["triage"]!["answers"]!.AsArray().Select(a => a!["question"]!.GetValue<string>()).ShouldContain("stroke_signs");
    }

    [Theory]
    [InlineData(AccessMatrixFixture.Gp)]
    [InlineData(AccessMatrixFixture.Patient)]
    [InlineData(AccessMatrixFixture.Admin)]
    public async Task GivenSomeoneElse_WhenTheySubscribeToTheEmergencyQueue_ThenForbidden(string user)
    {
        await using var socket = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(user));
        await socket.SubscribeAsync("q", Queue, new { });
        var message = await socket.NextMessageAsync();
        message["type"]!.GetValue<string>().ShouldBe("next");
        message["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("FORBIDDEN");
    }
}
