using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>Drives journeys through every stage over GraphQL, as the demo users would.</summary>
public static class JourneyScript
{
    public const string Gp = "10000000001";
    public const string Cardiologist = "20000000001";
    public const string Usi = "chu-demo:usi";

    public const string JourneyFields = """
        id stage version overdue outcome cancellationReason createdAt updatedAt endedAt
        patient { familyName givenName birthDate }
        triage { level dueBy reasons }
        permittedActions
        steps { id parentId kind status priority requesterId performer { kind id } reason report statusReason
                slot { start end } notes { text } createdAt updatedAt completedAt permittedActions }
        root { id children { id children { id kind } } }
        timeline(first: 500) { totalCount edges { cursor node { version type stage previousStage stepId stepStatus actorId at detail } } }
        """;

    public static async Task<string> StartAsync(IGraphQLEndpoint p, string familyName)
    {
        var data = await p.DataAsync("""
            mutation($p: PatientInput!) { startJourney(input: { territoryId: "demo", patient: $p }) { journey { id } } }
            """, new { p = new { familyName, givenName = "Test", birthDate = "1980-05-06" } });
        return data["startJourney"]!["journey"]!["id"]!.GetValue<string>();
    }

    public static Task<JsonNode> TriageAsync(IGraphQLEndpoint p, string journeyId, params (string Q, string V)[] answers) =>
        p.DataAsync("mutation($j: ID!, $a: [TriageAnswerInput!]) { submitTriage(input: { journeyId: $j, answers: $a }) { journey { stage version } } }",
            new { j = journeyId, a = answers.Select(a => new { question = a.Q, value = a.V }) });

    public static async Task<string> ReferAsync(IGraphQLEndpoint p, string journeyId, object performer, string kind = "REFERRAL")
    {
        var data = await p.DataAsync($$"""
            mutation($j: ID!, $perf: PerformerInput!) {
              refer(input: { journeyId: $j, performer: $perf, reason: "Avis", priority: URGENT, kind: {{kind}} }) { step { id } }
            }
            """, new { j = journeyId, perf = performer });
        return data["refer"]!["step"]!["id"]!.GetValue<string>();
    }

    public static Task<JsonNode> StepAsync(IGraphQLEndpoint p, string journeyId, string stepId, string action, object? extra = null)
    {
        var input = new Dictionary<string, object?> { ["journeyId"] = journeyId, ["stepId"] = stepId, ["action"] = action };
        if (extra is not null)
            foreach (var prop in extra.GetType().GetProperties()) input[prop.Name] = prop.GetValue(extra);
        return p.DataAsync("mutation($i: UpdateStepInput!) { updateStep(input: $i) { step { status } journey { stage version } } }", new { i = input });
    }

    /// <summary>TRIAGE → AWAITING → PRIMARY_CARE → SPECIALIST_CARE → FOLLOW_UP → SPECIALIST_CARE → FOLLOW_UP → CLOSED.</summary>
    public static async Task<string> FullJourneyAsync(IGraphQLEndpoint p)
    {
        var id = await StartAsync(p, "Complete");
        await TriageAsync(p, id, ("pain", "6"), ("temperature", "37.2"));
        await p.DataAsync("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"" + Gp + "\" }) { journey { stage } } }", new { j = id });
        var referral = await ReferAsync(p, id, new { unitId = Usi });
        var lab = await ReferAsync(p, id, new { unitId = "lab-demo:bio" }, "LAB_ORDER");
        await StepAsync(p, id, referral, "ACCEPT");
        await StepAsync(p, id, referral, "SCHEDULE", new { slot = new { start = "2030-01-01T09:00:00Z", end = "2030-01-01T09:30:00Z" } });
        await StepAsync(p, id, referral, "START");
        await StepAsync(p, id, referral, "HOLD", new { note = "waiting for results" });
        await StepAsync(p, id, referral, "RESUME");
        await StepAsync(p, id, lab, "ACCEPT");
        await StepAsync(p, id, lab, "START");
        await StepAsync(p, id, lab, "COMPLETE", new { report = "CRP 3 mg/L" });
        await StepAsync(p, id, referral, "COMPLETE", new { report = "Echo normale" });
        var second = await ReferAsync(p, id, new { practitionerId = Cardiologist });
        await StepAsync(p, id, second, "ACCEPT");
        await StepAsync(p, id, second, "START");
        await StepAsync(p, id, second, "COMPLETE", new { report = "Holter normal" });
        await p.DataAsync("mutation($j: ID!) { closeJourney(input: { journeyId: $j, outcome: \"Resolved\" }) { journey { stage } } }", new { j = id });
        return id;
    }

    /// <summary>TRIAGE → REDIRECTED_TO_EMERGENCY → AWAITING_PRIMARY_CARE → CANCELLED.</summary>
    public static async Task<string> EmergencyJourneyAsync(IGraphQLEndpoint p)
    {
        var id = await StartAsync(p, "Emergency");
        await TriageAsync(p, id, ("stroke_signs", "yes"));
        await p.DataAsync("mutation($j: ID!) { returnToPrimaryCare(input: { journeyId: $j, note: \"TIA ruled out\" }) { journey { stage } } }", new { j = id });
        await p.DataAsync("mutation($j: ID!) { cancelJourney(input: { journeyId: $j, reason: \"Seen elsewhere\" }) { journey { stage } } }", new { j = id });
        return id;
    }

    public static async Task<JsonNode> ReadAsync(IGraphQLEndpoint p, string id) =>
        (await p.DataAsync($"query($j: ID!) {{ journey(id: $j) {{ {JourneyFields} }} }}", new { j = id }))["journey"]!;
}
