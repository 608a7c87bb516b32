using GraphQL;
using Innomed.Api.Audit;
using Innomed.Api.Transport;

namespace Innomed.Api.Tests.Audit;

/// <summary>What the audit records for each kind of root field, through a real graphql-dotnet execution.</summary>
[Trait("Category", "Unit")]
public sealed class AuditRecordingTests
{
    private static readonly Guid JourneyId = Guid.Parse("0190a5e2-1111-7000-8000-000000000001");

    [Fact]
    public async Task GivenAGp_WhenTheyReadAJourney_ThenOneOkRowNamesThemTheJourneyAndTheRequest()
    {
        await using var audit = await AuditHarness.StartAsync();

        var result = await audit.ExecuteAsync($$"""{ journey(id: "{{JourneyId}}") { id familyName } }""");

        result.Errors.ShouldBeNull();
        var row = (await audit.FlushedRecordsAsync()).ShouldHaveSingleItem();
        row.ActorId.ShouldBe("10000000001");
        row.ActorRole.ShouldBe("GP");
        row.Operation.ShouldBe("Query.journey");
        row.JourneyId.ShouldBe(JourneyId);
        row.Outcome.ShouldBe(AuditOutcome.Ok);
        row.Transport.ShouldBe("HTTP");
        row.RequestId.ShouldBe("req-42");
    }

    [Fact]
    public async Task GivenAListQuery_WhenItReturnsThreeJourneys_ThenThereIsOneRowPerJourney_AndNestedFieldsAddNone()
    {
        await using var audit = await AuditHarness.StartAsync();

        var result = await audit.ExecuteAsync("{ journeys(count: 3) { id familyName } }");

        result.Errors.ShouldBeNull();
        var rows = await audit.FlushedRecordsAsync();
        rows.Count.ShouldBe(3);
        rows.ShouldAllBe(r => r.Operation == "Query.journeys" && r.Outcome == "OK" && r.JourneyId != null);
        rows.Select(r => r.JourneyId).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task GivenAMutationWithAJourneyInput_WhenItSucceeds_ThenTheRowCarriesTheJourneyFromTheInput()
    {
        await using var audit = await AuditHarness.StartAsync();

        await audit.ExecuteAsync($$"""mutation { submitTriage(input: { journeyId: "{{JourneyId}}", note: "free text" }) { id } }""");

        var row = (await audit.FlushedRecordsAsync()).ShouldHaveSingleItem();
        row.Operation.ShouldBe("Mutation.submitTriage");
        row.JourneyId.ShouldBe(JourneyId);
        row.Outcome.ShouldBe("OK");
    }

    [Fact]
    public async Task GivenAMutationThatCreatesAJourney_WhenItSucceeds_ThenTheRowCarriesTheNewJourneyFromTheResult()
    {
        await using var audit = await AuditHarness.StartAsync();

        var result = await audit.ExecuteAsync("mutation { startJourney { id } }");

        var created = Guid.Parse(AuditHarness.Json(result)["data"]!["startJourney"]!["id"]!.GetValue<string>());
        (await audit.FlushedRecordsAsync()).ShouldHaveSingleItem().JourneyId.ShouldBe(created);
    }

    [Fact]
    public async Task GivenARefusedCommand_WhenTheDomainSaysInvalidTransition_ThenTheRowSaysErrorInvalidTransition_AndTheClientStillGetsTheCode()
    {
        await using var audit = await AuditHarness.StartAsync();

        var result = await audit.ExecuteAsync($$"""mutation { submitTriage(input: { journeyId: "{{AuditTestSchema.Refused}}" }) { id } }""");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("INVALID_TRANSITION");
        var row = (await audit.FlushedRecordsAsync()).ShouldHaveSingleItem();
        row.Outcome.ShouldBe("ERROR:INVALID_TRANSITION");
        row.JourneyId.ShouldBe(AuditTestSchema.Refused);
    }

    [Fact]
    public async Task GivenAForbiddenCommand_WhenTheDomainRefusesTheActor_ThenTheRowSaysDenied()
    {
        await using var audit = await AuditHarness.StartAsync();

        await audit.ExecuteAsync($$"""mutation { submitTriage(input: { journeyId: "{{AuditTestSchema.Forbidden}}" }) { id } }""");

        (await audit.FlushedRecordsAsync()).ShouldHaveSingleItem().Outcome.ShouldBe("DENIED");
    }

    [Fact]
    public async Task GivenAnAnonymousCaller_WhenTheyRead_ThenTheRowSaysAnonymous()
    {
        await using var audit = await AuditHarness.StartAsync();

        await audit.ExecuteAsync($$"""{ journey(id: "{{JourneyId}}") { id } }""", anonymous: true);

        var row = (await audit.FlushedRecordsAsync()).ShouldHaveSingleItem();
        row.ActorId.ShouldBe("anonymous");
        row.ActorRole.ShouldBe("anonymous");
    }

    [Fact]
    public async Task GivenAFieldWithoutAJourney_WhenItIsRead_ThenItIsRecordedWithoutOne()
    {
        await using var audit = await AuditHarness.StartAsync();

        await audit.ExecuteAsync("""{ practitioner(id: "10000000001") }""");

        var row = (await audit.FlushedRecordsAsync()).ShouldHaveSingleItem();
        row.Operation.ShouldBe("Query.practitioner");
        row.JourneyId.ShouldBeNull();
    }

    [Fact]
    public async Task GivenASubscription_WhenItIsSetUp_ThenOneRowIsWrittenAtSubscribeTime_AndNoneForIntrospection()
    {
        await using var audit = await AuditHarness.StartAsync();

        var ok = await audit.ExecuteAsync($$"""subscription { journeyUpdated(journeyId: "{{JourneyId}}") { id } }""", transport: GraphQLTransportKind.WebSocket);
        var missing = await audit.ExecuteAsync($$"""subscription { journeyUpdated(journeyId: "{{AuditTestSchema.Refused}}") { id } }""", transport: GraphQLTransportKind.WebSocket);
        await audit.ExecuteAsync("{ __schema { queryType { name } } }");

        ok.Errors.ShouldBeNull();
        missing.Errors.ShouldNotBeNull();
        var rows = await audit.FlushedRecordsAsync();
        rows.Count.ShouldBe(2);
        rows[0].ShouldBe(rows[0] with { Operation = "Subscription.journeyUpdated", JourneyId = JourneyId, Outcome = "OK", Transport = "WEBSOCKET" });
        rows[1].Outcome.ShouldBe("ERROR:NOT_FOUND");
    }

    [Fact]
    public async Task GivenRecords_WhenTheTrailIsQueried_ThenItPagesNewestFirstWithCursors_AndTheReadIsItselfRecorded()
    {
        await using var audit = await AuditHarness.StartAsync();
        for (var i = 0; i < 5; i++) await audit.ExecuteAsync($$"""{ journey(id: "{{JourneyId}}") { id } }""");
        await audit.FlushedRecordsAsync();

        var page1 = await audit.ExecuteAsync($$"""{ auditTrail(journeyId: "{{JourneyId}}", first: 3) { edges { cursor node { id operation outcome actorRole } } pageInfo { hasNextPage endCursor } } }""");
        page1.Errors.ShouldBeNull();
        var trail = AuditHarness.Json(page1)["data"]!["auditTrail"]!;
        var edges = trail["edges"]!.AsArray();
        edges.Count.ShouldBe(3);
        edges.ShouldAllBe(e => e!["node"]!["actorRole"]!.GetValue<string>() == "GP");
        trail["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        var endCursor = trail["pageInfo"]!["endCursor"]!.GetValue<string>();

        var page2 = await audit.ExecuteAsync($$"""{ auditTrail(journeyId: "{{JourneyId}}", first: 3, after: "{{endCursor}}") { edges { node { id } } pageInfo { hasNextPage } } }""");
        var trail2 = AuditHarness.Json(page2)["data"]!["auditTrail"]!;
        var ids1 = edges.Select(e => long.Parse(e!["node"]!["id"]!.GetValue<string>())).ToArray();
        var ids2 = trail2["edges"]!.AsArray().Select(e => long.Parse(e!["node"]!["id"]!.GetValue<string>())).ToArray();
        // 5 reads, plus the first trail read once it is flushed: the rest after the first 3, none repeated.
        ids2.Length.ShouldBeInRange(2, 3);
        ids1.Concat(ids2).ShouldBe(ids1.Concat(ids2).OrderByDescending(x => x).Distinct().ToArray());

        var rows = await audit.FlushedRecordsAsync();
        rows.Count(r => r.Operation == "Query.auditTrail" && r.JourneyId == JourneyId).ShouldBe(2);
    }

    [Fact]
    public async Task GivenAForgedCursor_WhenTheTrailIsQueried_ThenBadUserInput()
    {
        await using var audit = await AuditHarness.StartAsync();

        var result = await audit.ExecuteAsync($$"""{ auditTrail(journeyId: "{{JourneyId}}", after: "bm9wZQ==") { pageInfo { hasNextPage } } }""");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("BAD_USER_INPUT");
    }
}
