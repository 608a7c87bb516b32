namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>The GP's referral feed, the unit's feed and the capacity roll-up, live over graphql-transport-ws.</summary>
[Trait("Category", "EndToEnd")]
public sealed class FeedTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    private InnomedProcess Host => fixture.Host;

    [Fact]
    public async Task GivenASubscription_WhenItListensAndThenItsSocketCloses_ThenTheGaugeCountsItOnlyInBetween()
    {
        var before = Host.ActiveSubscriptions;
        var feed = await GraphQLWsClient.ConnectAsync(Host.BaseAddress);
        await feed.SubscribeAsync("gp", "subscription($p: ID!) { referralStatusChanged(practitionerId: $p) { type } }", new { p = JourneyScript.Gp });
        await Host.WaitForSubscriptionsAsync(before + 1);
        Host.ActiveSubscriptions.ShouldBe(before + 1);

        await feed.DisposeAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Host.ActiveSubscriptions > before && DateTime.UtcNow < deadline) await Task.Delay(20);
        Host.ActiveSubscriptions.ShouldBe(before);
    }

    [Fact]
    public async Task GivenFeedSubscribers_WhenAGpRefersToAUnitAndItAccepts_ThenBothFeedsDeliverEachChange()
    {
        var listening = Host.ActiveSubscriptions + 2;
        await using var gpFeed = await GraphQLWsClient.ConnectAsync(Host.BaseAddress);
        await gpFeed.SubscribeAsync("gp", """
            subscription($p: ID!) { referralStatusChanged(practitionerId: $p) { type previousStatus journeyId step { id status kind performer { id } } } }
            """, new { p = JourneyScript.Gp });
        await using var unitFeed = await GraphQLWsClient.ConnectAsync(Host.BaseAddress);
        await unitFeed.SubscribeAsync("unit", "subscription($u: ID!) { unitJourneys(unitId: $u) { version type journeyId } }",
            new { u = JourneyScript.Usi });
        await Host.WaitForSubscriptionsAsync(listening);

        var id = await JourneyScript.StartAsync(Host, "Feeds");
        await JourneyScript.TriageAsync(Host, id, ("pain", "5"), ("temperature", "37"));
        await Host.DataAsync("mutation($j: ID!) { takeCharge(input: { journeyId: $j, practitionerId: \"" + JourneyScript.Gp + "\" }) { journey { stage } } }", new { j = id });
        var step = await JourneyScript.ReferAsync(Host, id, new { unitId = JourneyScript.Usi });

        var added = (await gpFeed.NextDataAsync())["referralStatusChanged"]!;
        added["type"]!.GetValue<string>().ShouldBe("STEP_ADDED");
        added["journeyId"]!.GetValue<string>().ShouldBe(id);
        added["step"]!["status"]!.GetValue<string>().ShouldBe("REQUESTED");
        added["step"]!["performer"]!["id"]!.GetValue<string>().ShouldBe(JourneyScript.Usi);
        var unitAdded = (await unitFeed.NextDataAsync())["unitJourneys"]!;
        unitAdded["type"]!.GetValue<string>().ShouldBe("STEP_ADDED");
        unitAdded["journeyId"]!.GetValue<string>().ShouldBe(id);

        await JourneyScript.StepAsync(Host, id, step, "ACCEPT");
        var accepted = (await gpFeed.NextDataAsync())["referralStatusChanged"]!;
        accepted["step"]!["status"]!.GetValue<string>().ShouldBe("ACCEPTED");
        accepted["previousStatus"]!.GetValue<string>().ShouldBe("REQUESTED");
        (await unitFeed.NextDataAsync())["unitJourneys"]!["version"]!.GetValue<int>()
            .ShouldBe(unitAdded["version"]!.GetValue<int>() + 1);
    }

    [Fact]
    public async Task GivenACapacitySubscriber_WhenAUnitPublishesItsBeds_ThenTheRollUpArrivesLive()
    {
        await using var feed = await GraphQLWsClient.ConnectAsync(Host.BaseAddress);
        await feed.SubscribeAsync("cap", "subscription { territoryCapacity(territoryId: \"demo\") { bedsTotal bedsOccupied erWaiting units { unitId capacity { bedsOccupied } } } }", new { });
        var initial = (await feed.NextDataAsync())["territoryCapacity"]!;
        var occupiedBefore = initial["bedsOccupied"]!.GetValue<int>();

        await Host.DataAsync("""
            mutation { updateUnitCapacity(input: { unitId: "ch-nord:usi", bedsTotal: 8, bedsOccupied: 8, erWaiting: 0,
              erLongestWaitMinutes: 0, doctorsOnDuty: 1 }) { bedsFree } }
            """);
        var updated = (await feed.NextDataAsync())["territoryCapacity"]!;
        var usi = updated["units"]!.AsArray().Single(u => u!["unitId"]!.GetValue<string>() == "ch-nord:usi")!;
        usi["capacity"]!["bedsOccupied"]!.GetValue<int>().ShouldBe(8);
        updated["bedsOccupied"]!.GetValue<int>().ShouldBe(occupiedBefore + 3); // the demo unit had 5 of 8
    }
}
