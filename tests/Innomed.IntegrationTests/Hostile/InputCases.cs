using System.Net;
using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>Variables of the wrong type or size, and injection strings in every kind of text input.</summary>
public static class InputCases
{
    private const string Start = "mutation($p: PatientInput!) { startJourney(input: { territoryId: \"demo\", patient: $p }) { journey { id patient { familyName givenName } } } }";
    private const string Read = "query($j: ID!) { journey(id: $j) { id } }";
    private const string Refer = "mutation($j: ID!, $r: String!) { refer(input: { journeyId: $j, performer: { practitionerId: \"20000000001\" }, reason: $r, priority: URGENT }) { step { id } } }";
    private const string Triage = "mutation($j: ID!, $a: [TriageAnswerInput!]) { submitTriage(input: { journeyId: $j, answers: $a }) { journey { id } } }";

    public static IEnumerable<HostileCase> All =>
    [
        Post("variables: object for ID!", Read, _ => new { j = new { id = 1 } }, HttpStatusCode.BadRequest, "INVALID_VALUE"),
        Post("variables: number for String!", Refer, f => new { j = f.JourneyId, r = 42 }, HttpStatusCode.BadRequest, "INVALID_VALUE"),
        Post("variables: missing required", Read, _ => new { }, HttpStatusCode.BadRequest, "INVALID_VALUE"),
        Post("variables: Int declared for ID!", "query($j: Int!) { journey(id: $j) { id } }", _ => new { j = 1 }, HttpStatusCode.BadRequest, "VARIABLES_IN_ALLOWED_POSITION"),
        Post("variables: enum value out of range", "mutation($j: ID!) { refer(input: { journeyId: $j, performer: { practitionerId: \"20000000001\" }, reason: \"x\", priority: $p }) { step { id } } }".Replace("$j: ID!)", "$j: ID!, $p: Priority!)", StringComparison.Ordinal),
            f => new { j = f.JourneyId, p = "SUPER_URGENT" }, HttpStatusCode.BadRequest, "INVALID_VALUE"),
        Post("variables: Int overflow", "query($n: Int) { journeys(filter: { territoryId: \"demo\" }, first: $n) { totalCount } }", _ => new { n = 99_999_999_999L }, HttpStatusCode.BadRequest, "INVALID_VALUE"),
        Post("variables: date in the wrong format", Start, _ => new { p = new { familyName = "Date", givenName = "Bad", birthDate = "06/05/1980" } }, HttpStatusCode.BadRequest, "INVALID_VALUE"),
        Post("variables: 1,000 triage answers", Triage, f => new { j = f.JourneyId, a = Enumerable.Range(0, 1_000).Select(i => new { question = "q" + i, value = "1" }) }, HttpStatusCode.BadRequest, "INPUT_TOO_LARGE"),
        new("variables: lists nested 15 deep", f => f.Http.PostRawAsync(
            "{\"query\":\"" + Read.Replace("\"", "\\\"", StringComparison.Ordinal) + "\",\"variables\":{\"j\":\"x\",\"deep\":" + Payloads.Nested("[", "1", "]", 15) + "}}", f.Token(HostileFixture.Gp)),
            HttpStatusCode.BadRequest, "INPUT_TOO_LARGE"),
        Post("variables: 10,000-character family name", Start, _ => new { p = Patient(Payloads.TenThousand) }, HttpStatusCode.BadRequest, "INPUT_TOO_LARGE", HostileFixture.Patient),
        Post("variables: 10,000-character id", Read, _ => new { j = Payloads.TenThousand }, HttpStatusCode.BadRequest, "INPUT_TOO_LARGE"),
        Post("variables: 5,000-character referral reason", Refer, f => new { j = f.JourneyId, r = Payloads.FiveThousand }, HttpStatusCode.OK, "BAD_USER_INPUT"),
        Post("variables: 150-character family name", Start, _ => new { p = Patient(new string('n', 150)) }, HttpStatusCode.OK, "BAD_USER_INPUT", HostileFixture.Patient),
        Post("variables: control characters in a name", Start, _ => new { p = Patient(Payloads.ControlCharacters) }, HttpStatusCode.BadRequest, "BAD_USER_INPUT", HostileFixture.Patient),
        Post("variables: bidirectional override in a name", Start, _ => new { p = Patient(Payloads.BidiOverride) }, HttpStatusCode.BadRequest, "BAD_USER_INPUT", HostileFixture.Patient),
        new("variables: unpaired surrogate escape in a name", f => f.Http.PostRawAsync(
            "{\"query\":\"" + Start.Replace("\"", "\\\"", StringComparison.Ordinal) + "\",\"variables\":{\"p\":{\"familyName\":\"a\\ud800b\",\"givenName\":\"x\",\"birthDate\":\"1980-05-06\"}}}",
            f.Token(HostileFixture.Patient)), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        Post("injection: SQL in family name is stored verbatim", Start, _ => new { p = Patient(Payloads.SqlInjection) }, HttpStatusCode.OK, null, HostileFixture.Patient,
            then: (_, o) => ReadsBack(o, Payloads.SqlInjection)),
        Post("injection: script in family name is stored verbatim", Start, _ => new { p = Patient(Payloads.ScriptInjection) }, HttpStatusCode.OK, null, HostileFixture.Patient,
            then: (_, o) =>
            {
                o.ContentHeaders!.ContentType!.MediaType.ShouldBe("application/graphql-response+json");
                return ReadsBack(o, Payloads.ScriptInjection);
            }),
        Post("injection: SQL as journey id", Read, _ => new { j = "' OR '1'='1" }, HttpStatusCode.OK, "BAD_USER_INPUT"),
        Post("injection: path traversal as journey id", Read, _ => new { j = Payloads.PathTraversal }, HttpStatusCode.OK, "BAD_USER_INPUT"),
        Post("injection: SQL as practitioner id reads nothing", "query($p: ID!) { practitioner(id: $p) { id } }", _ => new { p = "10000000001' OR '1'='1" }, HttpStatusCode.OK, null,
            then: (_, o) => IsNull(o, "practitioner")),
        Post("injection: SQL as territory id", "mutation($p: PatientInput!) { startJourney(input: { territoryId: \"demo'; DELETE FROM x; --\", patient: $p }) { journey { id } } }",
            _ => new { p = Patient("Territory") }, HttpStatusCode.OK, "NOT_FOUND", HostileFixture.Patient),
        Post("injection: SQL in a triage answer", Triage, f => new { j = f.JourneyId, a = new[] { new { question = "pain", value = Payloads.SqlInjection } } }, HttpStatusCode.OK, "INVALID_TRANSITION"),
        Post("injection: SQL in a hold note", "mutation($i: UpdateStepInput!) { updateStep(input: $i) { step { id } } }",
            f => new { i = new { journeyId = f.JourneyId, stepId = f.ReferralId, action = "HOLD", note = Payloads.SqlInjection } }, HttpStatusCode.OK, "INVALID_TRANSITION", HostileFixture.Cardiologist),
        Post("ids: unknown journey (a fresh UUID) reads null", Read, _ => new { j = Guid.NewGuid().ToString() }, HttpStatusCode.OK, null,
            then: (_, o) => IsNull(o, "journey")),
        Post("ids: malformed step id", "mutation($i: UpdateStepInput!) { updateStep(input: $i) { step { id } } }",
            f => new { i = new { journeyId = f.JourneyId, stepId = "not-a-uuid", action = "ACCEPT" } }, HttpStatusCode.OK, "BAD_USER_INPUT", HostileFixture.Cardiologist),
        Post("ids: unknown step of the reference journey", "mutation($i: UpdateStepInput!) { updateStep(input: $i) { step { id } } }",
            f => new { i = new { journeyId = f.JourneyId, stepId = Guid.NewGuid().ToString(), action = "ACCEPT" } }, HttpStatusCode.OK, "NOT_FOUND", HostileFixture.Cardiologist),
    ];

    private static object Patient(string familyName) => new { familyName, givenName = "Hostile", birthDate = "1980-05-06" };

    private static HostileCase Post(
        string name, string query, Func<HostileFixture, object> variables, HttpStatusCode status, string? code,
        string user = HostileFixture.Gp, Func<HostileFixture, HttpOutcome, Task>? then = null) =>
        new(name, f => f.Http.PostAsync(query, variables(f), f.Token(user)), status, code, then);

    private static Task IsNull(HttpOutcome outcome, string field)
    {
        JsonNode.Parse(outcome.Body)!["data"]!.AsObject()[field].ShouldBeNull();
        return Task.CompletedTask;
    }

    private static Task ReadsBack(HttpOutcome outcome, string familyName)
    {
        var patient = JsonNode.Parse(outcome.Body)!["data"]!["startJourney"]!["journey"]!["patient"]!;
        patient["familyName"]!.GetValue<string>().ShouldBe(familyName);
        return Task.CompletedTask;
    }
}
