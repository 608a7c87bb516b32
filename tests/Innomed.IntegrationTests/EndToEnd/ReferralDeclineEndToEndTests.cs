namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>A declined referral reaches the GP's feed with its reason and the alternative.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ReferralDeclineEndToEndTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    [Fact]
    public async Task GivenAGpsFeed_WhenTheSpecialistDeclinesWithAnAlternative_ThenTheGpSeesWhyAndWhatToDo()
    {
        var host = fixture.Host;
        var listening = host.ActiveSubscriptions + 1;
        await using var feed = await GraphQLWsClient.ConnectAsync(host.BaseAddress);
        await feed.SubscribeAsync("gp", """
            subscription($p: ID!) { referralStatusChanged(practitionerId: $p) { type step { status statusReason alternative suggestedPerformer { id } } } }
            """, new { p = JourneyScript.Gp });
        await host.WaitForSubscriptionsAsync(listening);

        var id = await JourneyScript.StartAsync(host, "Decline");
        await JourneyScript.TriageAsync(host, id, ("pain", "4"), ("temperature", "37"));
        await host.DataAsync("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"" + JourneyScript.Gp + "\" }) { journey { id } } }", new { j = id });
        var step = await JourneyScript.ReferAsync(host, id, new { practitionerId = JourneyScript.Cardiologist });
        (await feed.NextDataAsync())["referralStatusChanged"]!["type"]!.GetValue<string>().ShouldBe("STEP_ADDED");

        var missing = await host.GraphQLAsync("mutation($i: UpdateStepInput!) { updateStep(input: $i) { step { status } } }",
            new { i = new { journeyId = id, stepId = step, action = "REJECT", reason = "Full" } });
        missing["errors"]![0]!["extensions"]!["field"]!.GetValue<string>().ShouldBe("alternative");

        await JourneyScript.StepAsync(host, id, step, "REJECT", new
        {
            reason = "No slot before three weeks",
            alternative = "CH Nord's USI takes urgent cardiology opinions today",
            suggestedPerformer = new { unitId = "ch-nord:usi" },
        });
        var declined = (await feed.NextDataAsync())["referralStatusChanged"]!["step"]!;
        declined["status"]!.GetValue<string>().ShouldBe("REJECTED");
        declined["statusReason"]!.GetValue<string>().ShouldBe("No slot before three weeks");
        declined["alternative"]!.GetValue<string>().ShouldContain("CH Nord");
        declined["suggestedPerformer"]!["id"]!.GetValue<string>().ShouldBe("ch-nord:usi");
    }
}
