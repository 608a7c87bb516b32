using System.Text.Json.Nodes;
using Innomed.IntegrationTests.EndToEnd;
using static Innomed.IntegrationTests.TeleExpertise.TeleExpertiseHostFixture;

namespace Innomed.IntegrationTests.TeleExpertise;

/// <summary>Tele-expertise over GraphQL, as the GP and the expert would drive it.</summary>
public static class TeleExpertiseScript
{
    public const string StepFields = """
        id kind status requesterId performer { id } dueBy
        teleExpertise { question outcome expertId askedExpertIds requestedAt initialDueBy dueBy answer answeredAt answeredBy
          responseTimeSeconds withinDueBy escalationFailedAt attachments { name contentType reference }
          escalations { fromExpertId toExpertId dueBy } convertedTo { id kind status performer { id } }
          acts { role practitionerId code amount billable notBillableReason rank } }
        """;

    /// <summary>A journey the GP started, triaged and took in charge; the patient's INS when given.</summary>
    public static async Task<string> JourneyInPrimaryCareAsync(IGraphQLEndpoint gp, string familyName, string? ins = null)
    {
        var started = await gp.DataAsync("""
            mutation($p: PatientInput!) { startJourney(input: { territoryId: "demo", patient: $p }) { journey { id } } }
            """, new { p = new { familyName, givenName = "Test", birthDate = "1975-02-03", ins } });
        var id = started["startJourney"]!["journey"]!["id"]!.GetValue<string>();
        await gp.DataAsync("mutation($j: ID!) { submitTriage(input: { journeyId: $j, level: SEMI_URGENT }) { journey { id } } }", new { j = id });
        await gp.DataAsync("mutation($j: ID!, $p: ID!) { takeCharge(input: { journeyId: $j, practitionerId: $p }) { journey { id } } }",
            new { j = id, p = Gp });
        return id;
    }

    public static async Task<JsonNode> RequestAsync(IGraphQLEndpoint gp, string journeyId, string expertId, string priority = "ROUTINE") =>
        (await gp.DataAsync($$"""
            mutation($i: RequestTeleExpertiseInput!) { requestTeleExpertise(input: $i) { step { {{StepFields}} } } }
            """, new
        {
            i = new
            {
                journeyId, expertId, priority, question = "Sous-décalage ST en V4-V6 à l'effort ?",
                attachments = new[] { new { name = "ECG", contentType = "application/pdf", reference = "https://docs.cpts-demo.fr/ecg/42" } },
            },
        }))["requestTeleExpertise"]!["step"]!;

    public static async Task<JsonNode> AnswerAsync(IGraphQLEndpoint expert, string journeyId, string stepId, string answer = "Pas d'ischémie, épreuve d'effort à prévoir.") =>
        (await expert.DataAsync($$"""
            mutation($i: AnswerTeleExpertiseInput!) { answerTeleExpertise(input: $i) { step { {{StepFields}} } } }
            """, new { i = new { journeyId, stepId, answer } }))["answerTeleExpertise"]!["step"]!;

    public static string Code(JsonObject result) =>
        result["errors"]?.AsArray().FirstOrDefault()?["extensions"]?["code"]?.GetValue<string>() ?? "OK";

    /// <summary>Reads the feed until an event matches (other tests' journeys may talk on the same GP's feed).</summary>
    public static async Task<JsonNode> NextMatchingAsync(GraphQLWsClient feed, Func<JsonNode, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException("No matching event on the feed.");
            var data = await feed.NextDataAsync(left);
            if (match(data)) return data;
        }
    }
}
