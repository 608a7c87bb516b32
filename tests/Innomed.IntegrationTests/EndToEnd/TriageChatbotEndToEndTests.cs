using Innomed.IntegrationTests.Access;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>A signed-in patient walks the triage chatbot over GraphQL, one question at a time, in French.</summary>
[Trait("Category", "EndToEnd")]
public sealed class TriageChatbotEndToEndTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    private const string Progress = "journey { id stage version triage { level dueBy reasons } } complete answers { question value } "
        + "next { code kind text help min max options { code label } allowsUnknown isRedFlag }";

    private static readonly Dictionary<string, string> Benign = new()
    {
        ["sex"] = "male", ["reason"] = "Renouvellement d'ordonnance", ["altered_consciousness"] = "no",
        ["chronic_conditions"] = "none", ["treatments"] = "none", ["duration"] = "days_1_3", ["pain"] = "2",
        ["temperature"] = "37", ["discomfort"] = "mild",
    };

    [Fact]
    public async Task GivenASignedInPatient_WhenTheyAnswerTheChatbot_ThenTheJourneyIsTriagedAndQueuedForAGp()
    {
        using var patient = fixture.As(AccessMatrixFixture.Patient);
        var id = await JourneyScript.StartAsync(patient, "Chatbot");
        var progress = (await patient.DataAsync($"query($j: ID!) {{ triageProgress(journeyId: $j) {{ {Progress} }} }}", new { j = id }))["triageProgress"]!;
        progress["next"]!["text"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();

        var asked = 0;
        while (!progress["complete"]!.GetValue<bool>())
        {
            (++asked).ShouldBeLessThan(60, "the chatbot must finish");
            var code = progress["next"]!["code"]!.GetValue<string>();
            progress = (await patient.DataAsync($$"""
                mutation($j: ID!, $q: String!, $v: String!) { answerTriage(input: { journeyId: $j, question: $q, value: $v }) { {{Progress}} } }
                """, new { j = id, q = code, v = Benign.GetValueOrDefault(code, "no") }))["answerTriage"]!;
        }

        var journey = progress["journey"]!;
        journey["stage"]!.GetValue<string>().ShouldBe("AWAITING_PRIMARY_CARE");
        journey["triage"]!["level"]!.GetValue<string>().ShouldBe("NON_URGENT");
        journey["version"]!.GetValue<int>().ShouldBe(asked + 1); // started + one event per answer
        progress["answers"]!.AsArray().Count.ShouldBe(asked);

        // The GP of the territory sees it in the queue; a wrong answer afterwards is refused.
        using var gp = fixture.As(AccessMatrixFixture.OtherGp);
        var queue = await gp.DataAsync("{ territory(id: \"demo\") { awaitingQueue { id } } }");
        queue["territory"]!["awaitingQueue"]!.AsArray().Select(j => j!["id"]!.GetValue<string>()).ShouldContain(id);
        var late = await patient.GraphQLAsync("mutation($j: ID!) { answerTriage(input: { journeyId: $j, question: \"pain\", value: \"9\" }) { complete } }", new { j = id });
        late["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_TRANSITION");
    }

    [Fact]
    public async Task GivenAnOutOfRangeAnswer_WhenSent_ThenBadUserInputOnThatQuestion()
    {
        using var patient = fixture.As(AccessMatrixFixture.Patient);
        var id = await JourneyScript.StartAsync(patient, "Chatbot2");
        var next = (await patient.DataAsync("query($j: ID!) { triageProgress(journeyId: $j) { next { code } } }", new { j = id }))["triageProgress"]!["next"]!["code"]!.GetValue<string>();
        var result = await patient.GraphQLAsync("mutation($j: ID!, $q: String!) { answerTriage(input: { journeyId: $j, question: $q, value: \"@@@\" }) { complete } }", new { j = id, q = next });
        result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("BAD_USER_INPUT");
        result["errors"]![0]!["extensions"]!["field"]!.GetValue<string>().ShouldBe(next);
    }
}
