using System.Text.Json.Nodes;
using Innomed.Grains.Epidemiology;
using Innomed.Grains.Triage;
using Innomed.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>
/// Two gateway nodes (each co-hosting a silo of one PostgreSQL cluster) sharing live events through
/// a real Redis: a change made through A reaches a subscriber on B; Redis restarted mid-stream loses
/// no mutation, and a resubscription with sinceVersion gets every missed event exactly once.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class LiveEventsAcrossNodesTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    /// <summary>
    /// StackExchange.Redis keeps commands issued while disconnected in a backlog and sends them on
    /// reconnecting, unless they time out first (5 s): an outage longer than that really loses them.
    /// </summary>
    private static readonly TimeSpan PublishBacklogExpiry = TimeSpan.FromSeconds(8);

    private const string Subscription = """
        subscription($j: ID!, $v: Int) { journeyUpdated(journeyId: $j, sinceVersion: $v) { version type stage journey { version stage } } }
        """;

    [Fact]
    public async Task GivenTwoGatewaysAndRedis_WhenAMutationGoesThroughA_ThenBsSubscriberGetsItAndRedisRestartsLoseNothing()
    {
        var (a, b) = await TwoNodes.StartAsync(postgres, _redis);
        await using var nodeA = a;
        await using var nodeB = b;

        var id = await JourneyScript.StartAsync(a, "Live");
        await using (var subscriber = await GraphQLWsClient.ConnectAsync(b.BaseAddress))
        {
            await subscriber.SubscribeAsync("1", Subscription, new { j = id, v = 0 });
            (await subscriber.NextDataAsync())["journeyUpdated"]!["type"]!.GetValue<string>().ShouldBe("JOURNEY_STARTED");

            await JourneyScript.TriageAsync(a, id, ("pain", "4"), ("temperature", "37"));
            var live = (await subscriber.NextDataAsync())["journeyUpdated"]!;
            live["version"]!.GetValue<int>().ShouldBe(2);
            live["stage"]!.GetValue<string>().ShouldBe("AWAITING_PRIMARY_CARE");
            live["journey"]!["version"]!.GetValue<int>().ShouldBe(2);
        }

        // Redis goes away mid-stream: mutations keep succeeding.
        await _redis.StopAsync();
        await a.DataAsync("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"10000000001\" }) { journey { version } } }", new { j = id });
        var step = await JourneyScript.ReferAsync(a, id, new { unitId = JourneyScript.Usi });
        await JourneyScript.StepAsync(a, id, step, "ACCEPT");
        await _redis.StartAsync();

        // The subscriber reconnects and resumes after the last version it saw (2): 3, 4, 5 once each, then live.
        await using var resumed = await GraphQLWsClient.ConnectAsync(b.BaseAddress);
        await resumed.SubscribeAsync("2", Subscription, new { j = id, v = 2 });
        var versions = new List<int>();
        for (var i = 0; i < 3; i++) versions.Add((await resumed.NextDataAsync())["journeyUpdated"]!["version"]!.GetValue<int>());
        versions.ShouldBe([3, 4, 5]);
        (await resumed.IsQuietAsync(TimeSpan.FromSeconds(1))).ShouldBeTrue("no duplicate after the replay");

        await WaitUntilConnectedAsync(a, b);
        await WaitForRedisAsync(a, id, step, resumed);
    }

    [Fact]
    public async Task GivenAnIdleSubscriber_WhenRedisWasDownWhileTheJourneyChanged_ThenItGetsWhatItMissedOnceRedisIsBackWithoutResubscribing()
    {
        var (a, b) = await TwoNodes.StartAsync(postgres, _redis);
        await using var nodeA = a;
        await using var nodeB = b;
        var id = await JourneyScript.StartAsync(a, "Idle");
        await using var subscriber = await GraphQLWsClient.ConnectAsync(b.BaseAddress);
        await subscriber.SubscribeAsync("1", Subscription, new { j = id, v = 0 });
        (await subscriber.NextDataAsync())["journeyUpdated"]!["version"]!.GetValue<int>().ShouldBe(1);

        await _redis.StopAsync();
        await JourneyScript.TriageAsync(a, id, ("pain", "4"), ("temperature", "37"));
        await a.DataAsync("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"10000000001\" }) { journey { version } } }", new { j = id });
        await _redis.StartAsync();

        // Nothing else happens to the journey: only the gateway's catch-up can deliver 2 and 3.
        var versions = new List<int>();
        for (var i = 0; i < 2; i++) versions.Add((await subscriber.NextDataAsync(TimeSpan.FromSeconds(60)))["journeyUpdated"]!["version"]!.GetValue<int>());
        versions.ShouldBe([2, 3]);
        (await subscriber.IsQuietAsync(TimeSpan.FromSeconds(6))).ShouldBeTrue("the second resume signal finds nothing new: no duplicate");
    }

    [Fact]
    public async Task GivenAnIdleConversationSubscriber_WhenRedisWasDownWhileAMessageWasSent_ThenItGetsTheMessageOnceRedisIsBack()
    {
        var (a, b) = await TwoNodes.StartAsync(postgres, _redis);
        await using var nodeA = a;
        await using var nodeB = b;
        var id = await JourneyScript.StartAsync(a, "Messages");
        await using var subscriber = await GraphQLWsClient.ConnectAsync(b.BaseAddress);
        await subscriber.SubscribeAsync("1", "subscription($j: ID!) { conversationUpdated(journeyId: $j) { type message { sequence text } } }", new { j = id });
        await Task.Delay(TimeSpan.FromSeconds(1)); // the subscription listens (no acknowledgement in the protocol)

        await _redis.StopAsync();
        await a.DataAsync("mutation($i: SendMessageInput!) { sendMessage(input: $i) { sequence } }",
            new { i = new { journeyId = id, text = "Pendant la coupure", clientMessageId = "outage-1" } });
        await _redis.StartAsync();

        JsonNode? message = null;
        var until = DateTime.UtcNow.AddSeconds(60);
        while (message is null)
        {
            DateTime.UtcNow.ShouldBeLessThan(until, "the message sent during the outage never arrived");
            var update = (await subscriber.NextDataAsync(TimeSpan.FromSeconds(60)))["conversationUpdated"]!;
            if (update["type"]!.GetValue<string>() == "MESSAGE") message = update["message"];
        }
        message!["sequence"]!.GetValue<int>().ShouldBe(1);
        message["text"]!.GetValue<string>().ShouldBe("Pendant la coupure");
    }

    [Fact]
    public async Task GivenAnIdleCapacitySubscriber_WhenRedisWasDownWhileAUnitReported_ThenItGetsTheRollUpOnceRedisIsBack()
    {
        var (a, b) = await TwoNodes.StartAsync(postgres, _redis);
        await using var nodeA = a;
        await using var nodeB = b;
        await using var subscriber = await GraphQLWsClient.ConnectAsync(b.BaseAddress);
        await subscriber.SubscribeAsync("1", "subscription { territoryCapacity(territoryId: \"demo\") { updatedAt units { unitId capacity { bedsOccupied } } } }", new { });
        var first = (await subscriber.NextDataAsync(TimeSpan.FromSeconds(30)))["territoryCapacity"]!;
        await Task.Delay(TimeSpan.FromSeconds(1)); // the subscription listens (no acknowledgement in the protocol)

        await _redis.StopAsync();
        await a.DataAsync("mutation { updateUnitCapacity(input: { unitId: \"chu-demo:er\", bedsTotal: 40, bedsOccupied: 37, erWaiting: 5, erLongestWaitMinutes: 50, doctorsOnDuty: 4 }) { bedsFree } }");
        await _redis.StartAsync();

        var next = (await subscriber.NextDataAsync(TimeSpan.FromSeconds(60)))["territoryCapacity"]!;
        next["updatedAt"]!.GetValue<string>().ShouldNotBe(first["updatedAt"]!.GetValue<string>());
        next["units"]!.AsArray().Single(u => u!["unitId"]!.GetValue<string>() == "chu-demo:er")!["capacity"]!["bedsOccupied"]!.GetValue<int>().ShouldBe(37);
        (await subscriber.IsQuietAsync(TimeSpan.FromSeconds(3))).ShouldBeTrue("sent once");
    }

    [Fact]
    public async Task GivenAnEpidemiologyAlertSubscriber_WhenRedisWasDownWhileAnAlertWasRaised_ThenItGetsTheAlertOnceRedisIsBack()
    {
        var (a, b) = await TwoNodes.StartAsync(postgres, _redis);
        await using var nodeA = a;
        await using var nodeB = b;
        await using var subscriber = await GraphQLWsClient.ConnectAsync(b.BaseAddress);
        await subscriber.SubscribeAsync("1", "subscription { epidemiologyAlerts(territoryId: \"demo\") { category date } }", new { });
        var alreadyActive = new HashSet<string>();
        while (!await subscriber.IsQuietAsync(TimeSpan.FromSeconds(2)))
            alreadyActive.Add((await subscriber.NextDataAsync(TimeSpan.FromSeconds(5)))["epidemiologyAlerts"]!["category"]!.GetValue<string>());
        var category = Enum.GetValues<SymptomCategory>().First(c => !alreadyActive.Contains(ToGraphQLName(c)));

        await _redis.StopAsync();
        // Two quiet weeks, then a week at six times the rate: the last day raises an alert.
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, paris).DateTime);
        var epidemiology = a.Services.GetRequiredService<IGrainFactory>().GetGrain<IEpidemiologyGrain>("demo");
        for (var back = 13; back >= 0; back--)
        {
            var counts = new int[EpidemiologySeries.Categories.Count];
            counts[(int)category] = back >= 7 ? 5 : 30;
            await epidemiology.ApplyDayAsync(today.AddDays(-back), 1_000_000 + 14 - back, counts);
        }
        (await epidemiology.GetActiveAlertsAsync()).ShouldContain(x => x.Category == category, "the alert was raised while Redis was down");
        await Task.Delay(PublishBacklogExpiry);
        await _redis.StartAsync();

        var alert = (await subscriber.NextDataAsync(TimeSpan.FromSeconds(60)))["epidemiologyAlerts"]!;
        alert["category"]!.GetValue<string>().ShouldBe(ToGraphQLName(category));
        (await subscriber.IsQuietAsync(TimeSpan.FromSeconds(3))).ShouldBeTrue("sent once");
    }

    [Fact]
    public async Task GivenAUnitSubscriber_WhenRedisWasDownWhileItsJourneyMoved_ThenItGetsTheMissedEventsOnceRedisIsBack()
    {
        var (a, b) = await TwoNodes.StartAsync(postgres, _redis);
        await using var nodeA = a;
        await using var nodeB = b;
        var id = await JourneyScript.StartAsync(a, "Unite");
        await JourneyScript.TriageAsync(a, id, ("pain", "4"), ("temperature", "37"));
        await a.DataAsync("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"10000000001\" }) { journey { version } } }", new { j = id });
        await using var subscriber = await GraphQLWsClient.ConnectAsync(b.BaseAddress);
        await subscriber.SubscribeAsync("1", "subscription($u: ID!) { unitJourneys(unitId: $u) { journeyId version type } }", new { u = JourneyScript.Usi });
        await b.WaitForSubscriptionsAsync(1);
        var step = await JourneyScript.ReferAsync(a, id, new { unitId = JourneyScript.Usi });
        (await OursAsync(subscriber, id, 1)).ShouldBe([4], "the referral arrives live");

        await _redis.StopAsync();
        await JourneyScript.StepAsync(a, id, step, "ACCEPT");
        await JourneyScript.StepAsync(a, id, step, "START");
        await Task.Delay(PublishBacklogExpiry); // the publisher's own backlog gives up: 5 and 6 are gone from the live path
        await _redis.StartAsync();

        // Nothing else happens to the journey: only the gateway's catch-up can deliver 5 and 6.
        (await OursAsync(subscriber, id, 2, TimeSpan.FromSeconds(60))).ShouldBe([5, 6]);
        (await OursAsync(subscriber, id, 0, TimeSpan.FromSeconds(7))).ShouldBeEmpty("the second resume signal finds nothing new: no duplicate");
    }

    /// <summary>
    /// The versions of one journey among a unit feed's events (other tests' journeys of the same unit
    /// may come along): until so many have come, or (count 0) everything within the time given.
    /// </summary>
    private static async Task<List<int>> OursAsync(GraphQLWsClient subscriber, string journeyId, int count, TimeSpan? within = null)
    {
        var versions = new List<int>();
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while ((count == 0 || versions.Count < count) && deadline > DateTime.UtcNow)
        {
            JsonNode evt;
            try
            {
                evt = (await subscriber.NextDataAsync(deadline - DateTime.UtcNow))["unitJourneys"]!;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (evt["journeyId"]!.GetValue<string>() == journeyId) versions.Add(evt["version"]!.GetValue<int>());
        }
        return versions;
    }

    private static string ToGraphQLName(SymptomCategory category) =>
        string.Concat(category.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant();

    private static async Task WaitUntilConnectedAsync(params InnomedProcess[] nodes)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!nodes.All(n => n.Services.GetRequiredService<IConnectionMultiplexer>().IsConnected))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the nodes did not reconnect to Redis");
            await Task.Delay(200);
        }
        await Task.Delay(TimeSpan.FromSeconds(1)); // the client restores its channel subscriptions right after connecting
    }

    /// <summary>After Redis is back the live path works again: the next change arrives exactly once.</summary>
    private static async Task WaitForRedisAsync(InnomedProcess a, string id, string step, GraphQLWsClient subscriber)
    {
        await JourneyScript.StepAsync(a, id, step, "START");
        var next = (await subscriber.NextDataAsync(TimeSpan.FromSeconds(30)))["journeyUpdated"]!;
        next["version"]!.GetValue<int>().ShouldBe(6);
        (await subscriber.IsQuietAsync(TimeSpan.FromSeconds(1))).ShouldBeTrue();
    }
}
