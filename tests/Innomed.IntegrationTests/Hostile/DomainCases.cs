using System.Net;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>Well-formed requests the domain or the access rules must refuse: wrong moment, wrong person.</summary>
public static class DomainCases
{
    private const string UpdateStep = "mutation($i: UpdateStepInput!) { updateStep(input: $i) { step { id } } }";

    public static IEnumerable<HostileCase> All =>
    [
        Post("transition: triage a journey already in primary care", "mutation($j: ID!) { submitTriage(input: { journeyId: $j, answers: [{ question: \"pain\", value: \"9\" }] }) { journey { id } } }",
            f => new { j = f.JourneyId }, "INVALID_TRANSITION", HostileFixture.Gp),
        Post("transition: take charge twice", "mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"10000000001\" }) { journey { id } } }",
            f => new { j = f.JourneyId }, "INVALID_TRANSITION", HostileFixture.Gp),
        Post("transition: complete a referral not yet accepted", UpdateStep,
            f => new { i = new { journeyId = f.JourneyId, stepId = f.ReferralId, action = "COMPLETE", report = "done" } }, "INVALID_TRANSITION", HostileFixture.Cardiologist),
        Post("transition: return to primary care when not redirected", "mutation($j: ID!) { returnToPrimaryCare(input: { journeyId: $j, note: \"x\" }) { journey { id } } }",
            f => new { j = f.JourneyId }, "FORBIDDEN", HostileFixture.Gp),
        Post("role: patient takes charge", "mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"10000000001\" }) { journey { id } } }",
            f => new { j = f.JourneyId }, "FORBIDDEN", HostileFixture.Patient),
        Post("role: another patient reads the journey", "query($j: ID!) { journey(id: $j) { patient { familyName } } }",
            f => new { j = f.JourneyId }, "FORBIDDEN", HostileFixture.OtherPatient),
        Post("role: another patient cancels the journey", "mutation($j: ID!) { cancelJourney(input: { journeyId: $j, reason: \"x\" }) { journey { id } } }",
            f => new { j = f.JourneyId }, "FORBIDDEN", HostileFixture.OtherPatient),
        Post("role: biologist accepts someone else's referral", UpdateStep,
            f => new { i = new { journeyId = f.JourneyId, stepId = f.ReferralId, action = "ACCEPT" } }, "FORBIDDEN", HostileFixture.Biologist),
        Post("role: GP accepts the cardiologist's referral", UpdateStep,
            f => new { i = new { journeyId = f.JourneyId, stepId = f.ReferralId, action = "ACCEPT" } }, "FORBIDDEN", HostileFixture.Gp),
        Post("role: admin reads patient identity", "query($j: ID!) { journey(id: $j) { patient { familyName } } }",
            f => new { j = f.JourneyId }, "FORBIDDEN", HostileFixture.Admin),
        new("role: anonymous mutation", f => f.Http.PostAsync("mutation($j: ID!) { cancelJourney(input: { journeyId: $j, reason: \"x\" }) { journey { id } } }", new { j = f.JourneyId }),
            HttpStatusCode.OK, "UNAUTHENTICATED"),
    ];

    private static HostileCase Post(string name, string query, Func<HostileFixture, object> variables, string code, string user) =>
        new(name, f => f.Http.PostAsync(query, variables(f), f.Token(user)), HttpStatusCode.OK, code);
}
