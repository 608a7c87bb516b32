using Innomed.IntegrationTests.EndToEnd;
using Innomed.IntegrationTests.TeleExpertise;
using static Innomed.IntegrationTests.TeleExpertise.TeleExpertiseHostFixture;

namespace Innomed.IntegrationTests.Labs;

/// <summary>
/// Labs over HTTP and WebSocket with real tokens, on the embedded run with a fake domain clock:
/// the GP orders, the lab posts a critical potassium, the GP's alert feed and list show it until
/// acknowledged; unacknowledged, it escalates to the demo's on-call GP.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class LabsEndToEndTests(TeleExpertiseHostFixture fixture) : IClassFixture<TeleExpertiseHostFixture>
{
    private const string Post = """
        mutation($i: PostLabResultsInput!) { postLabResults(input: $i) {
          step { status report lab { results { code value flag abnormal critical } } } journey { alerts { id open } } } }
        """;

    private const string Alerts = "query($p: ID!) { alerts(practitionerId: $p) { id journeyId codes escalatedTo open } }";

    private static readonly object[] Results =
    [
        new { code = "2951-2", label = "Sodium", value = 138, unit = "mmol/L", referenceLow = 135, referenceHigh = 145, criticalLow = 120, criticalHigh = 160 },
        new { code = "2823-3", label = "Potassium", value = 7.1, unit = "mmol/L", referenceLow = 3.5, referenceHigh = 5.0, criticalLow = 2.8, criticalHigh = 6.2 },
        new { code = "2160-0", label = "Créatinine", value = 160, unit = "µmol/L", referenceLow = 60, referenceHigh = 110 },
    ];

    [Fact]
    public async Task GivenTheGpListening_WhenTheLabPostsACriticalResult_ThenTheAlertArrivesLiveAndStaysListedUntilAcknowledged()
    {
        using var gp = fixture.As(Gp);
        using var lab = fixture.As(Biologist);
        await using var feed = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Gp));
        var listening = fixture.Host.ActiveSubscriptions + 1;
        await feed.SubscribeAsync("alerts", """
            subscription($p: ID!) { alerts(practitionerId: $p) { type alert { id codes open } journey { id } } }
            """, new { p = Gp });
        await fixture.Host.WaitForSubscriptionsAsync(listening);
        var (journey, step) = await OrderedAsync(gp, "Kaliémie");

        var posted = (await lab.DataAsync(Post, new { i = new { journeyId = journey, stepId = step, results = Results, final = true } }))["postLabResults"]!;

        posted["step"]!["status"]!.GetValue<string>().ShouldBe("COMPLETED");
        var flags = posted["step"]!["lab"]!["results"]!.AsArray().ToDictionary(r => r!["code"]!.GetValue<string>(), r => r!["flag"]!.GetValue<string>());
        flags.ShouldBe(new Dictionary<string, string> { ["2951-2"] = "NORMAL", ["2823-3"] = "CRITICAL_HIGH", ["2160-0"] = "HIGH" });
        var raised = (await feed.NextDataAsync())["alerts"]!;
        raised["type"]!.GetValue<string>().ShouldBe("CRITICAL_RESULT_ALERT");
        raised["alert"]!["codes"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["2823-3"]);
        raised["journey"]!["id"]!.GetValue<string>().ShouldBe(journey);
        var alertId = raised["alert"]!["id"]!.GetValue<string>();
        (await ListedAsync(gp, Gp)).ShouldContain(alertId);

        var refused = await fixture.As(OtherGp).GraphQLAsync("mutation($i: AcknowledgeAlertInput!) { acknowledgeAlert(input: $i) { journey { id } } }",
            new { i = new { journeyId = journey, alertId } });
        refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBeOneOf("FORBIDDEN");
        await gp.DataAsync("mutation($i: AcknowledgeAlertInput!) { acknowledgeAlert(input: $i) { journey { alerts { open acknowledgedBy } } } }",
            new { i = new { journeyId = journey, alertId } });
        (await feed.NextDataAsync())["alerts"]!["type"]!.GetValue<string>().ShouldBe("ALERT_ACKNOWLEDGED");
        await Eventually(async () => !(await ListedAsync(gp, Gp)).Contains(alertId), "the acknowledged alert leaving the GP's list");
    }

    [Fact]
    public async Task GivenAnUnacknowledgedCriticalResult_WhenHalfAnHourPasses_ThenTheOnCallGpGetsItAndMayReadTheJourney()
    {
        using var gp = fixture.As(Gp);
        using var lab = fixture.As(Biologist);
        using var onCall = fixture.As(OnCallGp);
        var (journey, step) = await OrderedAsync(gp, "Escalade");
        await lab.DataAsync(Post, new { i = new { journeyId = journey, stepId = step, results = Results } });
        (await onCall.GraphQLAsync("query($j: ID!) { journey(id: $j) { id } }", new { j = journey }))["errors"].ShouldNotBeNull();

        fixture.Clock.Advance(TimeSpan.FromMinutes(31));

        await Eventually(async () => (await ListedAsync(onCall, OnCallGp)).Count == 1, "the on-call GP's alert list");
        var read = await onCall.DataAsync("query($j: ID!) { journey(id: $j) { alerts { escalatedTo } steps { lab { results { code critical } } } } }", new { j = journey });
        read["journey"]!["alerts"]![0]!["escalatedTo"]!.GetValue<string>().ShouldBe(OnCallGp);
        read["journey"]!["steps"]!.AsArray().SelectMany(s => s!["lab"]?["results"]?.AsArray() ?? []).Count(r => r!["critical"]!.GetValue<bool>()).ShouldBe(1);
    }

    [Fact]
    public async Task GivenBadPostings_WhenSent_ThenTypedErrorsNameTheFieldAndNothingChanges()
    {
        using var gp = fixture.As(Gp);
        using var lab = fixture.As(Biologist);
        var (journey, step) = await OrderedAsync(gp, "Erreurs");

        var both = await lab.GraphQLAsync(Post, new { i = new { journeyId = journey, stepId = step, results = new[] { new { code = "2823-3", label = "K", value = 4, text = "4" } } } });
        both["errors"]![0]!["extensions"]!["field"]!.GetValue<string>().ShouldBe("results[0].value");
        var byGp = await gp.GraphQLAsync(Post, new { i = new { journeyId = journey, stepId = step, results = Results } });
        byGp["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("FORBIDDEN");
        var noTests = await gp.GraphQLAsync("mutation($j: ID!) { orderLabs(input: { journeyId: $j, unitId: \"lab-demo:bio\", clinicalInformation: \"x\" }) { step { id } } }", new { j = journey });
        noTests["errors"]![0]!["extensions"]!["field"]!.GetValue<string>().ShouldBe("tests");

        var state = await gp.DataAsync("query($j: ID!) { journey(id: $j) { alerts { id } steps { id status lab { results { code } } } } }", new { j = journey });
        state["journey"]!["alerts"]!.AsArray().ShouldBeEmpty();
        state["journey"]!["steps"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == step)!["status"]!.GetValue<string>().ShouldBe("REQUESTED");
    }

    private static async Task<(string Journey, string Step)> OrderedAsync(GraphQLHttp gp, string name)
    {
        var journey = await JourneyScript.StartAsync(gp, name);
        await gp.DataAsync("mutation($j: ID!) { submitTriage(input: { journeyId: $j, level: SEMI_URGENT }) { journey { id } } }", new { j = journey });
        await gp.DataAsync("mutation($j: ID!, $p: ID!) { takeCharge(input: { journeyId: $j, practitionerId: $p }) { journey { id } } }", new { j = journey, p = Gp });
        var order = await gp.DataAsync("""
            mutation($j: ID!) { orderLabs(input: { journeyId: $j, unitId: "lab-demo:bio", clinicalInformation: "Asthénie sous diurétiques",
              tests: [{ code: "2951-2", label: "Sodium" }, { code: "2823-3", label: "Potassium" }, { code: "2160-0", label: "Créatinine" }] }) {
              step { id kind lab { tests { code } } } } }
            """, new { j = journey });
        order["orderLabs"]!["step"]!["kind"]!.GetValue<string>().ShouldBe("LAB_ORDER");
        return (journey, order["orderLabs"]!["step"]!["id"]!.GetValue<string>());
    }

    private static async Task<List<string>> ListedAsync(GraphQLHttp client, string practitionerId) =>
        (await client.DataAsync(Alerts, new { p = practitionerId }))["alerts"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToList();

    private static async Task Eventually(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
