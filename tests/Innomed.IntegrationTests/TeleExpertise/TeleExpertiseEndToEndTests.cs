using System.Globalization;
using System.Text.Json.Nodes;
using Innomed.Api.Schema.TeleExpertise;
using Innomed.Grains.TeleExpertise;
using Innomed.IntegrationTests.EndToEnd;
using static Innomed.IntegrationTests.TeleExpertise.TeleExpertiseHostFixture;
using static Innomed.IntegrationTests.TeleExpertise.TeleExpertiseScript;

namespace Innomed.IntegrationTests.TeleExpertise;

/// <summary>
/// Tele-expertise end to end, signed in as the demo GP and cardiologist, over HTTP and the GP's
/// graphql-transport-ws feed: ask, answer, escalate on the (fake) domain clock, the yearly cap
/// under concurrency, the monthly statement and its CSV.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class TeleExpertiseEndToEndTests(TeleExpertiseHostFixture fixture) : IClassFixture<TeleExpertiseHostFixture>
{
    private const string Feed = """
        subscription($p: ID!) { referralStatusChanged(practitionerId: $p) {
          type previousStatus journeyId step { id status performer { id }
            teleExpertise { outcome answer responseTimeSeconds withinDueBy escalationFailedAt askedExpertIds acts { code billable } } } } }
        """;

    private static Func<JsonNode, bool> About(string stepId, string type) => d =>
        d["referralStatusChanged"]!["step"]!["id"]!.GetValue<string>() == stepId && d["referralStatusChanged"]!["type"]!.GetValue<string>() == type;

    [Fact]
    public async Task GivenTheGpsFeed_WhenTheGpAsksAndTheCardiologistAnswers_ThenTheFeedShowsTheAnswerWithItsResponseTime()
    {
        await using var feed = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Gp));
        await feed.SubscribeAsync("gp", Feed, new { p = Gp });
        using var gp = fixture.As(Gp);
        using var cardiologist = fixture.As(Cardiologist);
        var journey = await JourneyInPrimaryCareAsync(gp, "Teleavis");

        var step = await RequestAsync(gp, journey, Cardiologist, "URGENT");
        var stepId = step["id"]!.GetValue<string>();
        step["kind"]!.GetValue<string>().ShouldBe("TELE_EXPERTISE");
        step["teleExpertise"]!["outcome"]!.GetValue<string>().ShouldBe("PENDING");
        step["teleExpertise"]!["attachments"]![0]!["reference"]!.GetValue<string>().ShouldBe("https://docs.cpts-demo.fr/ecg/42");
        var requestedAt = DateTimeOffset.Parse(step["teleExpertise"]!["requestedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        DateTimeOffset.Parse(step["dueBy"]!.GetValue<string>(), CultureInfo.InvariantCulture).ShouldBe(requestedAt.AddHours(4));
        (await NextMatchingAsync(feed, About(stepId, "STEP_ADDED")))["referralStatusChanged"]!["step"]!["status"]!.GetValue<string>()
            .ShouldBe("REQUESTED");

        var worklist = await cardiologist.DataAsync("query($p: ID!) { practitioner(id: $p) { worklist { stepId kind dueBy } } }", new { p = Cardiologist });
        worklist["practitioner"]!["worklist"]!.AsArray().ShouldContain(w => w!["stepId"]!.GetValue<string>() == stepId
            && w["kind"]!.GetValue<string>() == "TELE_EXPERTISE");

        // Refusals are typed and change nothing.
        Code(await gp.GraphQLAsync("mutation($i: AnswerTeleExpertiseInput!) { answerTeleExpertise(input: $i) { step { id } } }",
            new { i = new { journeyId = journey, stepId, answer = "self-answer" } })).ShouldBe("FORBIDDEN");
        var bad = await gp.GraphQLAsync("mutation($i: RequestTeleExpertiseInput!) { requestTeleExpertise(input: $i) { step { id } } }",
            new { i = new { journeyId = journey, expertId = Cardiologist, question = "q", attachments = new[] { new { name = "x", contentType = "application/pdf", reference = "javascript:alert(1)" } } } });
        Code(bad).ShouldBe("BAD_USER_INPUT");
        bad["errors"]![0]!["extensions"]!["field"]!.GetValue<string>().ShouldBe("attachments.reference");
        Code(await gp.GraphQLAsync("mutation($i: RequestTeleExpertiseInput!) { requestTeleExpertise(input: $i) { step { id } } }",
            new { i = new { journeyId = journey, expertId = "99999999999", question = "q" } })).ShouldBe("NOT_FOUND");

        fixture.Clock.Advance(TimeSpan.FromMinutes(90));
        var answered = await AnswerAsync(cardiologist, journey, stepId);

        answered["status"]!.GetValue<string>().ShouldBe("COMPLETED");
        var te = answered["teleExpertise"]!;
        te["outcome"]!.GetValue<string>().ShouldBe("ANSWERED");
        te["answeredBy"]!.GetValue<string>().ShouldBe(Cardiologist);
        te["responseTimeSeconds"]!.GetValue<int>().ShouldBeInRange(90 * 60, 90 * 60 + 120);
        te["withinDueBy"]!.GetValue<bool>().ShouldBeTrue();
        te["acts"]!.AsArray().Select(a => (a!["code"]!.GetValue<string>(), a["practitionerId"]!.GetValue<string>(), a["amount"]!.GetValue<decimal>()))
            .ShouldBe([("TE2", Cardiologist, 20m), ("RQD", Gp, 10m)]);

        var event_ = (await NextMatchingAsync(feed, About(stepId, "STEP_STATUS_CHANGED")))["referralStatusChanged"]!;
        event_["previousStatus"]!.GetValue<string>().ShouldBe("REQUESTED");
        event_["step"]!["status"]!.GetValue<string>().ShouldBe("COMPLETED");
        event_["step"]!["teleExpertise"]!["answer"]!.GetValue<string>().ShouldStartWith("Pas d'ischémie");
        event_["step"]!["teleExpertise"]!["responseTimeSeconds"]!.GetValue<int>().ShouldBe(te["responseTimeSeconds"]!.GetValue<int>());

        var again = await cardiologist.GraphQLAsync("mutation($i: AnswerTeleExpertiseInput!) { answerTeleExpertise(input: $i) { step { id } } }",
            new { i = new { journeyId = journey, stepId, answer = "second thoughts" } });
        Code(again).ShouldBe("INVALID_TRANSITION");
        again["errors"]![0]!["extensions"]!["currentState"]!.GetValue<string>().ShouldBe("COMPLETED");
        var read = await gp.DataAsync("query($j: ID!) { journey(id: $j) { steps { id teleExpertise { answer } } } }", new { j = journey });
        read["journey"]!["steps"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == stepId)!["teleExpertise"]!["answer"]!
            .GetValue<string>().ShouldStartWith("Pas d'ischémie");

        // Every read and write of the request is in the journey's audit trail, refusals included.
        using var dpo = fixture.As(Dpo);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        JsonNode[] trail;
        while (true)
        {
            var audit = await dpo.DataAsync("query($j: ID!) { auditTrail(journeyId: $j, first: 100) { edges { node { operation outcome actorId } } } }", new { j = journey });
            trail = audit["auditTrail"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToArray();
            if (trail.Any(n => n["operation"]!.GetValue<string>() == "Mutation.answerTeleExpertise" && n["outcome"]!.GetValue<string>() == "OK")) break;
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the answer to reach the audit trail");
            await Task.Delay(200);
        }
        trail.ShouldContain(n => n["operation"]!.GetValue<string>() == "Mutation.requestTeleExpertise" && n["actorId"]!.GetValue<string>() == Gp
            && n["outcome"]!.GetValue<string>() == "OK");
        trail.ShouldContain(n => n["operation"]!.GetValue<string>() == "Mutation.answerTeleExpertise" && n["actorId"]!.GetValue<string>() == Gp
            && n["outcome"]!.GetValue<string>() != "OK");
    }

    [Fact]
    public async Task GivenUnansweredQuestions_WhenTheirDueByPasses_ThenTheGpsFeedShowsTheEscalationOrThatNobodyIsLeft()
    {
        await using var feed = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Gp));
        await feed.SubscribeAsync("gp", Feed, new { p = Gp });
        using var gp = fixture.As(Gp);
        var journey = await JourneyInPrimaryCareAsync(gp, "Escalade");
        var cardio = (await RequestAsync(gp, journey, Cardiologist, "URGENT"))["id"]!.GetValue<string>();
        var derma = (await RequestAsync(gp, journey, Dermatologist, "URGENT"))["id"]!.GetValue<string>();

        fixture.Clock.Advance(TimeSpan.FromHours(5)); // URGENT: due within 4 h

        var escalated = (await NextMatchingAsync(feed, About(cardio, "TELE_EXPERTISE_ESCALATED")))["referralStatusChanged"]!["step"]!;
        escalated["performer"]!["id"]!.GetValue<string>().ShouldBe(SecondCardiologist);
        escalated["status"]!.GetValue<string>().ShouldBe("REQUESTED");
        escalated["teleExpertise"]!["askedExpertIds"]!.AsArray().Select(x => x!.GetValue<string>()).ShouldBe([Cardiologist, SecondCardiologist]);
        var failed = (await NextMatchingAsync(feed, About(derma, "TELE_EXPERTISE_ESCALATION_FAILED")))["referralStatusChanged"]!["step"]!;
        failed["performer"]!["id"]!.GetValue<string>().ShouldBe(Dermatologist);
        failed["teleExpertise"]!["escalationFailedAt"].ShouldNotBeNull();

        var read = await gp.DataAsync($"query($j: ID!) {{ journey(id: $j) {{ steps {{ {StepFields} }} timeline(first: 100) {{ edges {{ node {{ type stepId }} }} }} }} }}", new { j = journey });
        var step = read["journey"]!["steps"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == cardio)!;
        var escalation = step["teleExpertise"]!["escalations"]![0]!;
        (escalation["fromExpertId"]!.GetValue<string>(), escalation["toExpertId"]!.GetValue<string>()).ShouldBe((Cardiologist, SecondCardiologist));
        DateTimeOffset.Parse(step["dueBy"]!.GetValue<string>(), CultureInfo.InvariantCulture)
            .ShouldBeGreaterThan(DateTimeOffset.Parse(step["teleExpertise"]!["initialDueBy"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        var timeline = read["journey"]!["timeline"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToArray();
        timeline.Count(e => e["type"]!.GetValue<string>() == "TELE_EXPERTISE_ESCALATED" && e["stepId"]!.GetValue<string>() == cardio).ShouldBe(1);

        // The first cardiologist lost it: their answer is refused, their worklist no longer holds it.
        using var first = fixture.As(Cardiologist);
        Code(await first.GraphQLAsync("mutation($i: AnswerTeleExpertiseInput!) { answerTeleExpertise(input: $i) { step { id } } }",
            new { i = new { journeyId = journey, stepId = cardio, answer = "late" } })).ShouldBe("FORBIDDEN");
        var worklist = await first.DataAsync("query($p: ID!) { practitioner(id: $p) { worklist { stepId } } }", new { p = Cardiologist });
        worklist["practitioner"]!["worklist"]!.AsArray().ShouldNotContain(w => w!["stepId"]!.GetValue<string>() == cardio);
    }

    [Fact]
    public async Task GivenOnePatientsQuestionsOfTheYear_WhenAnswered_ThenFourAreBillableEvenConcurrently_AndTheFifthIsNot_AndTheStatementSaysSo()
    {
        using var gp = fixture.As(Gp);
        using var cardiologist = fixture.As(Cardiologist);
        var ins = $"1750375{Random.Shared.NextInt64(10_000_000, 99_999_999)}";
        var requests = new List<(string Journey, string Step)>();
        for (var i = 0; i < 6; i++)
        {
            var journey = await JourneyInPrimaryCareAsync(gp, $"Plafond{i}", ins);
            requests.Add((journey, (await RequestAsync(gp, journey, Cardiologist))["id"]!.GetValue<string>()));
        }

        // Five answers at once (one patient, five journeys): the cap admits exactly four.
        var concurrent = await Task.WhenAll(requests.Take(5).Select(r => AnswerAsync(cardiologist, r.Journey, r.Step)));
        concurrent.Count(s => s["teleExpertise"]!["acts"]!.AsArray().All(a => a!["billable"]!.GetValue<bool>())).ShouldBe(4);
        concurrent.SelectMany(s => s["teleExpertise"]!["acts"]!.AsArray()).Where(a => a!["billable"]!.GetValue<bool>())
            .Select(a => a!["rank"]!.GetValue<int>()).Distinct().Order().ShouldBe([1, 2, 3, 4]);
        var sixth = await AnswerAsync(cardiologist, requests[5].Journey, requests[5].Step);
        var sixthActs = sixth["teleExpertise"]!["acts"]!.AsArray();
        sixthActs.ShouldAllBe(a => !a!["billable"]!.GetValue<bool>());
        sixthActs[0]!["notBillableReason"]!.GetValue<string>().ShouldStartWith("YEARLY_CAP");
        sixth["status"]!.GetValue<string>().ShouldBe("COMPLETED"); // the answer itself is kept

        var month = FrenchCalendar.Month(DateTimeOffset.Parse(sixth["teleExpertise"]!["answeredAt"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        const string Statement = """
            query($p: ID!, $m: String!) { teleExpertiseStatement(practitionerId: $p, month: $m) {
              practitionerId month billableCount billableTotal notBillableCount csv
              lines { requestId journeyId role code amount billable notBillableReason counterpartId } } }
            """;
        var statement = (await cardiologist.DataAsync(Statement, new { p = Cardiologist, m = month }))["teleExpertiseStatement"]!;
        var mine = statement["lines"]!.AsArray().Where(l => requests.Any(r => r.Step == l!["requestId"]!.GetValue<string>())).ToArray();
        mine.Length.ShouldBe(6);
        mine.ShouldAllBe(l => l!["role"]!.GetValue<string>() == "EXPERT" && l["code"]!.GetValue<string>() == "TE2" && l["counterpartId"]!.GetValue<string>() == Gp);
        mine.Count(l => l!["billable"]!.GetValue<bool>()).ShouldBe(4);
        var lines = statement["lines"]!.AsArray();
        statement["billableTotal"]!.GetValue<decimal>().ShouldBe(lines.Where(l => l!["billable"]!.GetValue<bool>()).Sum(l => l!["amount"]!.GetValue<decimal>()));
        statement["notBillableCount"]!.GetValue<int>().ShouldBe(lines.Count(l => !l!["billable"]!.GetValue<bool>()));
        statement.ToJsonString().ShouldNotContain("Plafond"); // no patient identity on a statement

        var csv = statement["csv"]!.GetValue<string>().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        csv[0].ShouldBe(string.Join(',', StatementCsv.Header));
        csv.Length.ShouldBe(lines.Count + 1);
        var sixthRow = csv.Single(r => r.Contains(requests[5].Step, StringComparison.Ordinal));
        sixthRow.ShouldContain($",{requests[5].Journey},EXPERT,TE2,20.00,false,YEARLY_CAP");
        sixthRow.ShouldStartWith($"{Cardiologist},{month},");

        var gpStatement = (await gp.DataAsync(Statement, new { p = Gp, m = month }))["teleExpertiseStatement"]!;
        gpStatement["lines"]!.AsArray().Where(l => requests.Any(r => r.Step == l!["requestId"]!.GetValue<string>()))
            .ShouldAllBe(l => l!["code"]!.GetValue<string>() == "RQD" && l["amount"]!.GetValue<decimal>() == 10m);

        // Only oneself, or an admin; the month must be yyyy-MM.
        using var otherGp = fixture.As(OtherGp);
        Code(await otherGp.GraphQLAsync(Statement, new { p = Cardiologist, m = month })).ShouldBe("FORBIDDEN");
        using var admin = fixture.As(Admin);
        (await admin.DataAsync(Statement, new { p = Cardiologist, m = month }))["teleExpertiseStatement"]!["lines"]!.AsArray().Count.ShouldBe(lines.Count);
        var badMonth = await cardiologist.GraphQLAsync(Statement, new { p = Cardiologist, m = "2026-13" });
        Code(badMonth).ShouldBe("BAD_USER_INPUT");
        badMonth["errors"]![0]!["extensions"]!["field"]!.GetValue<string>().ShouldBe("month");
    }

    [Fact]
    public async Task GivenAQuestion_WhenTheCardiologistConvertsIt_ThenAReferralToThemReplacesIt()
    {
        await using var feed = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Gp));
        await feed.SubscribeAsync("gp", Feed, new { p = Gp });
        using var gp = fixture.As(Gp);
        using var cardiologist = fixture.As(Cardiologist);
        var journey = await JourneyInPrimaryCareAsync(gp, "Conversion");
        var stepId = (await RequestAsync(gp, journey, Cardiologist))["id"]!.GetValue<string>();

        var converted = (await cardiologist.DataAsync($$"""
            mutation($i: ConvertTeleExpertiseInput!) { convertTeleExpertiseToReferral(input: $i) { step { {{StepFields}} } journey { stage } } }
            """, new { i = new { journeyId = journey, stepId, reason = "Échographie d'effort en consultation" } }))["convertTeleExpertiseToReferral"]!;

        var te = converted["step"]!["teleExpertise"]!;
        te["outcome"]!.GetValue<string>().ShouldBe("CONVERTED");
        te["acts"]!.AsArray().ShouldBeEmpty();
        te["convertedTo"]!["kind"]!.GetValue<string>().ShouldBe("REFERRAL");
        te["convertedTo"]!["status"]!.GetValue<string>().ShouldBe("REQUESTED");
        te["convertedTo"]!["performer"]!["id"]!.GetValue<string>().ShouldBe(Cardiologist);
        var changed = (await NextMatchingAsync(feed, About(stepId, "STEP_STATUS_CHANGED")))["referralStatusChanged"]!["step"]!;
        changed["teleExpertise"]!["outcome"]!.GetValue<string>().ShouldBe("CONVERTED");

        Code(await cardiologist.GraphQLAsync("mutation($i: AnswerTeleExpertiseInput!) { answerTeleExpertise(input: $i) { step { id } } }",
            new { i = new { journeyId = journey, stepId, answer = "too late" } })).ShouldBe("INVALID_TRANSITION");
    }

    [Fact]
    public async Task GivenAnAnsweredQuestion_WhenTheStatementIsDownloaded_ThenItIsTheCsvForItsOwnerOrAnAdminOnly()
    {
        using var gp = fixture.As(Gp);
        using var cardiologist = fixture.As(Cardiologist);
        var journey = await JourneyInPrimaryCareAsync(gp, "Telechargement");
        var stepId = (await RequestAsync(gp, journey, Cardiologist))["id"]!.GetValue<string>();
        var answered = await AnswerAsync(cardiologist, journey, stepId);
        var month = FrenchCalendar.Month(DateTimeOffset.Parse(answered["teleExpertise"]!["answeredAt"]!.GetValue<string>(), CultureInfo.InvariantCulture));

        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        async Task<HttpResponseMessage> GetAsync(string? user, string practitioner, string m)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/tele-expertise/statement.csv?practitionerId={practitioner}&month={m}");
            if (user is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + fixture.Token(user));
            return await http.SendAsync(request);
        }

        using var own = await GetAsync(Cardiologist, Cardiologist, month);
        own.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        own.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        own.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"tele-expertise-{Cardiologist}-{month}.csv");
        var body = await own.Content.ReadAsStringAsync();
        body.ShouldStartWith(string.Join(',', StatementCsv.Header) + "\r\n");
        body.ShouldContain($",{stepId},{journey},EXPERT,TE2,20.00,");
        body.ShouldNotContain("Telechargement");
        using var admin = await GetAsync(Admin, Cardiologist, month);
        (await admin.Content.ReadAsStringAsync()).ShouldBe(body);

        using var other = await GetAsync(OtherGp, Cardiologist, month);
        other.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        (await other.Content.ReadAsStringAsync()).ShouldContain("\"FORBIDDEN\"");
        using var anonymous = await GetAsync(null, Cardiologist, month);
        anonymous.StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        using var badMonth = await GetAsync(Cardiologist, Cardiologist, "11-2026");
        badMonth.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await badMonth.Content.ReadAsStringAsync()).ShouldContain("BAD_USER_INPUT");
    }
}
