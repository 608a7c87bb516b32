using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>Refused commands answer with a typed error code and change nothing.</summary>
[Trait("Category", "EndToEnd")]
public sealed class TypedErrorTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    private InnomedProcess Host => fixture.Host;

    [Fact]
    public async Task GivenAnAwaitingJourney_WhenRefusedCommandsArrive_ThenEachHasItsCodeAndTheJourneyIsUnchanged()
    {
        var id = await JourneyScript.StartAsync(Host, "Errors");
        await JourneyScript.TriageAsync(Host, id, ("pain", "2"), ("temperature", "37"));
        var before = (await JourneyScript.ReadAsync(Host, id)).ToJsonString();

        var close = await Error("mutation($j: ID!) { closeJourney(input: { journeyId: $j, outcome: \"x\" }) { journey { id } } }", new { j = id });
        close["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_TRANSITION");
        close["extensions"]!["currentState"]!.GetValue<string>().ShouldBe("AWAITING_PRIMARY_CARE");
        close["extensions"]!["permittedActions"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldContain("TAKE_CHARGE");

        (await Code("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"" + JourneyScript.Cardiologist + "\" }) { journey { id } } }", new { j = id }))
            .ShouldBe("FORBIDDEN");
        (await Code("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"nobody\" }) { journey { id } } }", new { j = id }))
            .ShouldBe("NOT_FOUND");
        (await Code("mutation { takeCharge(input: { journeyId: \"not-a-uuid\", practitionerId: \"x\" }) { journey { id } } }", null))
            .ShouldBe("BAD_USER_INPUT");
        (await Code("mutation { cancelJourney(input: { journeyId: \"" + Guid.NewGuid() + "\", reason: \"x\" }) { journey { id } } }", null))
            .ShouldBe("NOT_FOUND");
        (await Code("mutation($j: ID!) { cancelJourney(input: { journeyId: $j, reason: \"  \" }) { journey { id } } }", new { j = id }))
            .ShouldBe("BAD_USER_INPUT");
        (await Code("mutation($j: ID!) { submitTriage(input: { journeyId: $j, answers: [] }) { journey { id } } }", new { j = id }))
            .ShouldBe("BAD_USER_INPUT");
        (await Code("query { journeys(filter: {}) { totalCount } }", null)).ShouldBe("BAD_USER_INPUT");
        (await Code("query { journeys(filter: { territoryId: \"demo\" }, after: \"garbage\") { totalCount } }", null)).ShouldBe("BAD_USER_INPUT");

        (await JourneyScript.ReadAsync(Host, id)).ToJsonString().ShouldBe(before);
    }

    [Fact]
    public async Task GivenAJourneyInCare_WhenAStepActionIsRefused_ThenTheStepAndTimelineAreUnchanged()
    {
        var id = await JourneyScript.StartAsync(Host, "StepErrors");
        await JourneyScript.TriageAsync(Host, id, ("pain", "2"), ("temperature", "37"));
        await Host.DataAsync("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"" + JourneyScript.Gp + "\" }) { journey { id } } }", new { j = id });
        var step = await JourneyScript.ReferAsync(Host, id, new { unitId = JourneyScript.Usi });
        var before = (await JourneyScript.ReadAsync(Host, id)).ToJsonString();

        var complete = await Error("mutation($i: UpdateStepInput!) { updateStep(input: $i) { step { id } } }",
            new { i = new { journeyId = id, stepId = step, action = "COMPLETE", report = "too early" } });
        complete["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_TRANSITION");
        complete["extensions"]!["currentState"]!.GetValue<string>().ShouldBe("REQUESTED");
        (await Code("mutation($i: UpdateStepInput!) { updateStep(input: $i) { step { id } } }",
            new { i = new { journeyId = id, stepId = step, action = "REJECT" } })).ShouldBe("BAD_USER_INPUT");
        (await Code("mutation($i: UpdateStepInput!) { updateStep(input: $i) { step { id } } }",
            new { i = new { journeyId = id, stepId = Guid.NewGuid(), action = "ACCEPT" } })).ShouldBe("NOT_FOUND");
        (await Code("mutation($j: ID!) { refer(input: { journeyId: $j, performer: { unitId: \"a\", practitionerId: \"b\" }, reason: \"r\" }) { step { id } } }", new { j = id }))
            .ShouldBe("BAD_USER_INPUT");
        (await Code("mutation($j: ID!) { refer(input: { journeyId: $j, performer: { unitId: \"no-such-unit\" }, reason: \"r\" }) { step { id } } }", new { j = id }))
            .ShouldBe("NOT_FOUND");

        (await JourneyScript.ReadAsync(Host, id)).ToJsonString().ShouldBe(before);
    }

    private async Task<JsonNode> Error(string query, object? variables)
    {
        var result = await Host.GraphQLAsync(query, variables);
        var errors = result["errors"]?.AsArray() ?? throw new ShouldAssertException($"expected an error, got {result.ToJsonString()}");
        errors.Count.ShouldBe(1);
        errors[0]!["message"]!.GetValue<string>().ShouldNotContain("   at "); // no stack trace
        return errors[0]!;
    }

    private async Task<string> Code(string query, object? variables) =>
        (await Error(query, variables))["extensions"]!["code"]!.GetValue<string>();
}
