using System.Text.Json.Nodes;
using Innomed.IntegrationTests.EndToEnd;
using static Innomed.IntegrationTests.Messaging.MessagingHostFixture;

namespace Innomed.IntegrationTests.Messaging;

/// <summary>
/// Identical subscriptions of one caller share the execution of each live change (and its
/// serialised bytes); other callers, other selections and replays are computed on their own. What
/// each socket receives must be exactly what it would get alone.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class SharedSubscriptionTests(MessagingHostFixture fixture) : IClassFixture<MessagingHostFixture>
{
    private const string Updates = """
        subscription($j: ID!, $v: Int) { journeyUpdated(journeyId: $j, sinceVersion: $v) { version type actorId journey { version stage } } }
        """;

    private const string VersionsOnly = "subscription($j: ID!) { journeyUpdated(journeyId: $j) { version } }";

    [Fact]
    public async Task GivenOneCallerOnThreeSocketsAndOthersListening_WhenTheJourneyChanges_ThenEverySocketGetsItsOwnCorrectFrame()
    {
        var (journey, referral) = await fixture.JourneyAsync("Partage");
        await using var gp1 = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Gp));
        await using var gp2 = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Gp));
        await using var gpNarrow = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Gp));
        await using var patient = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Patient));
        await using var replaying = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Gp));
        var before = fixture.Host.ActiveSubscriptions;
        await gp1.SubscribeAsync("a", Updates, new { j = journey, v = (int?)null });
        await gp2.SubscribeAsync("b", Updates, new { j = journey, v = (int?)null });
        await gpNarrow.SubscribeAsync("c", VersionsOnly, new { j = journey });
        await patient.SubscribeAsync("d", Updates, new { j = journey, v = (int?)null });
        await fixture.Host.WaitForSubscriptionsAsync(before + 4);

        using var cardiologist = fixture.As(Cardiologist);
        await JourneyScript.StepAsync(cardiologist, journey, referral, "ACCEPT");

        var frames = new[] { (gp1, "a"), (gp2, "b"), (patient, "d") };
        var payloads = new List<JsonNode>();
        foreach (var (socket, id) in frames)
        {
            var message = await socket.NextMessageAsync();
            message["id"]!.GetValue<string>().ShouldBe(id, "a shared result still goes out under each socket's own operation id");
            payloads.Add(message["payload"]!["data"]!["journeyUpdated"]!);
        }
        foreach (var p in payloads)
        {
            p["type"]!.GetValue<string>().ShouldBe("STEP_STATUS_CHANGED");
            p["actorId"]!.GetValue<string>().ShouldBe(Cardiologist);
            p["journey"]!["version"]!.GetValue<int>().ShouldBe(p["version"]!.GetValue<int>());
        }
        payloads.Select(p => p.ToJsonString()).Distinct().ShouldHaveSingleItem("same change, same selection: the same answer");
        var narrow = (await gpNarrow.NextDataAsync())["journeyUpdated"]!.AsObject();
        narrow.Select(kv => kv.Key).ShouldBe(["version"], "another selection is executed on its own");

        // A replay is never taken from a shared live execution: it starts where this socket asked.
        var live = payloads[0]["version"]!.GetValue<int>();
        await replaying.SubscribeAsync("e", Updates, new { j = journey, v = live - 2 });
        var replayed = new[] { await replaying.NextDataAsync(), await replaying.NextDataAsync() }
            .Select(d => d["journeyUpdated"]!["version"]!.GetValue<int>()).ToArray();
        replayed.ShouldBe([live - 1, live]);
        (await gp1.IsQuietAsync(TimeSpan.FromMilliseconds(500))).ShouldBeTrue("one change, one frame per socket");
    }
}
