using System.Text.Json.Nodes;
using Innomed.IntegrationTests.EndToEnd;
using static Innomed.IntegrationTests.Messaging.MessagingHostFixture;

namespace Innomed.IntegrationTests.Messaging;

/// <summary>
/// Secure messaging end to end, signed in as the demo patient, GP and cardiologist: messages over HTTP,
/// live delivery and read receipts over graphql-transport-ws, replay after a reconnect, refusals.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ConversationEndToEndTests(MessagingHostFixture fixture) : IClassFixture<MessagingHostFixture>
{
    private const string Updates = """
        subscription($j: ID!, $s: Int) { conversationUpdated(journeyId: $j, sinceSequence: $s) {
          type message { sequence senderId senderRole text stepId } receipt { participantId lastReadSequence } } }
        """;

    private const string Send = "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id sequence text senderRole } }";

    private static async Task<JsonNode> NextUpdateAsync(GraphQLWsClient socket) => (await socket.NextDataAsync())["conversationUpdated"]!;

    [Fact]
    public async Task GivenThePatientAndTheGpListening_WhenTheyChat_ThenEachSeesTheOthersMessagesAndReadReceiptsLive()
    {
        var (journey, _) = await fixture.JourneyAsync("Chat");
        await using var patientSocket = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Patient));
        await using var gpSocket = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Gp));
        var before = fixture.Host.ActiveSubscriptions;
        await patientSocket.SubscribeAsync("p", Updates, new { j = journey });
        await gpSocket.SubscribeAsync("g", Updates, new { j = journey });
        await fixture.Host.WaitForSubscriptionsAsync(before + 2);
        using var patient = fixture.As(Patient);
        using var gp = fixture.As(Gp);

        var sent = (await patient.DataAsync(Send, new { i = new { journeyId = journey, text = "Bonjour, la douleur revient ce soir.", clientMessageId = "p-1" } }))["sendMessage"]!;
        sent["sequence"]!.GetValue<int>().ShouldBe(1);
        sent["senderRole"]!.GetValue<string>().ShouldBe("PATIENT");

        foreach (var socket in new[] { gpSocket, patientSocket })
        {
            var update = await NextUpdateAsync(socket);
            update["type"]!.GetValue<string>().ShouldBe("MESSAGE");
            update["message"]!["text"]!.GetValue<string>().ShouldBe("Bonjour, la douleur revient ce soir.");
            update["message"]!["senderId"]!.GetValue<string>().ShouldBe(Patient);
            var own = await NextUpdateAsync(socket); // the sender has read their own message
            own["type"]!.GetValue<string>().ShouldBe("READ");
            own["receipt"]!["participantId"]!.GetValue<string>().ShouldBe(Patient);
        }

        var receipt = (await gp.DataAsync("mutation($j: ID!) { markConversationRead(input: { journeyId: $j, upToSequence: 1 }) { participantId lastReadSequence } }",
            new { j = journey }))["markConversationRead"]!;
        receipt["lastReadSequence"]!.GetValue<int>().ShouldBe(1);
        var seen = await NextUpdateAsync(patientSocket);
        seen["type"]!.GetValue<string>().ShouldBe("READ");
        seen["receipt"]!["participantId"]!.GetValue<string>().ShouldBe(Gp);
        seen["receipt"]!["lastReadSequence"]!.GetValue<int>().ShouldBe(1);
        (await NextUpdateAsync(gpSocket))["receipt"]!["participantId"]!.GetValue<string>().ShouldBe(Gp);

        await gp.DataAsync(Send, new { i = new { journeyId = journey, text = "Je vous rappelle dans 10 minutes." } });
        var answer = await NextUpdateAsync(patientSocket);
        answer["message"]!["sequence"]!.GetValue<int>().ShouldBe(2);
        answer["message"]!["senderRole"]!.GetValue<string>().ShouldBe("GP");

        // A retry with the same client id is the same message: nobody sees a copy.
        var retried = (await patient.DataAsync(Send, new { i = new { journeyId = journey, text = "Bonjour, la douleur revient ce soir.", clientMessageId = "p-1" } }))["sendMessage"]!;
        retried["id"]!.GetValue<string>().ShouldBe(sent["id"]!.GetValue<string>());
        await NextUpdateAsync(patientSocket); // the GP's own READ after sending
        (await patientSocket.IsQuietAsync(TimeSpan.FromMilliseconds(500))).ShouldBeTrue();

        var conversation = (await patient.DataAsync("query($j: ID!) { conversation(journeyId: $j) { messages { lastSequence messages { sequence text } } receipts { participantId lastReadSequence } } }",
            new { j = journey }))["conversation"]!;
        conversation["messages"]!["lastSequence"]!.GetValue<int>().ShouldBe(2);
        conversation["receipts"]!.AsArray().Select(r => (r!["participantId"]!.GetValue<string>(), r["lastReadSequence"]!.GetValue<int>()))
            .ShouldBe([(Gp, 2), (Patient, 1)], ignoreOrder: true);
    }

    [Fact]
    public async Task GivenAClientThatWasAway_WhenItResubscribesWithSinceSequence_ThenItGetsWhatItMissedInOrderThenTheReceipts()
    {
        var (journey, referral) = await fixture.JourneyAsync("Replay");
        using var patient = fixture.As(Patient);
        using var cardiologist = fixture.As(Cardiologist);
        for (var i = 1; i <= 5; i++)
            await (i % 2 == 0 ? cardiologist : patient).DataAsync(Send, new { i = new { journeyId = journey, text = $"message {i}", stepId = i % 2 == 0 ? referral : null } });

        await using var socket = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Patient));
        await socket.SubscribeAsync("r", Updates, new { j = journey, s = 2 });

        for (var expected = 3; expected <= 5; expected++)
        {
            var update = await NextUpdateAsync(socket);
            update["message"]!["sequence"]!.GetValue<int>().ShouldBe(expected);
            update["message"]!["text"]!.GetValue<string>().ShouldBe($"message {expected}");
        }
        var receipts = new[] { await NextUpdateAsync(socket), await NextUpdateAsync(socket) };
        receipts.ShouldAllBe(r => r["type"]!.GetValue<string>() == "READ");
        receipts.Select(r => r["receipt"]!["participantId"]!.GetValue<string>()).ShouldBe([Cardiologist, Patient], ignoreOrder: true);

        await cardiologist.DataAsync(Send, new { i = new { journeyId = journey, text = "message 6" } });
        (await NextUpdateAsync(socket))["message"]!["sequence"]!.GetValue<int>().ShouldBe(6);

        var thread = (await patient.DataAsync("query($j: ID!, $s: ID) { conversation(journeyId: $j) { messages(stepId: $s) { messages { sequence } } } }",
            new { j = journey, s = referral }))["conversation"]!["messages"]!["messages"]!.AsArray();
        thread.Select(m => m!["sequence"]!.GetValue<int>()).ShouldBe([2, 4]);
        var back = (await patient.DataAsync("query($j: ID!) { conversation(journeyId: $j) { messages(before: 4, first: 2) { hasOlder hasNewer messages { sequence } } } }",
            new { j = journey }))["conversation"]!["messages"]!;
        back["messages"]!.AsArray().Select(m => m!["sequence"]!.GetValue<int>()).ShouldBe([2, 3]);
        (back["hasOlder"]!.GetValue<bool>(), back["hasNewer"]!.GetValue<bool>()).ShouldBe((true, true));
    }

    [Theory]
    [InlineData(OtherGp)]
    [InlineData(OtherSpecialist)]
    [InlineData(OtherPatient)]
    [InlineData(Admin)]
    public async Task GivenSomeoneOutsideTheCareTeam_WhenTheyReadWriteOrListen_ThenTheyAreRefusedAndSeeNothing(string stranger)
    {
        var (journey, _) = await fixture.JourneyAsync("Outsider");
        using var patient = fixture.As(Patient);
        await patient.DataAsync(Send, new { i = new { journeyId = journey, text = "secret médical" } });
        using var client = fixture.As(stranger);

        var read = await client.GraphQLAsync("query($j: ID!) { conversation(journeyId: $j) { messages { messages { text } } } }", new { j = journey });
        Code(read).ShouldBe("FORBIDDEN");
        read.ToJsonString().ShouldNotContain("secret");
        Code(await client.GraphQLAsync(Send, new { i = new { journeyId = journey, text = "intrusion" } })).ShouldBe("FORBIDDEN");
        Code(await client.GraphQLAsync("mutation($j: ID!) { markConversationRead(input: { journeyId: $j, upToSequence: 1 }) { lastReadSequence } }",
            new { j = journey })).ShouldBe("FORBIDDEN");

        await using var socket = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(stranger));
        await socket.SubscribeAsync("x", Updates, new { j = journey, s = 0 });
        var message = await socket.NextMessageAsync();
        message.ToJsonString().ShouldNotContain("secret");
        var code = message["type"]!.GetValue<string>() == "next"
            ? message["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()
            : message["payload"]![0]!["extensions"]!["code"]!.GetValue<string>();
        code.ShouldBe("FORBIDDEN");

        var messages = (await patient.DataAsync("query($j: ID!) { conversation(journeyId: $j) { messages { lastSequence } } }",
            new { j = journey }))["conversation"]!["messages"]!;
        messages["lastSequence"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task GivenInvalidMessages_WhenSent_ThenTypedErrorsComeBackAndNothingIsStored()
    {
        var (journey, _) = await fixture.JourneyAsync("Invalid");
        using var gp = fixture.As(Gp);

        Code(await gp.GraphQLAsync(Send, new { i = new { journeyId = journey, text = " " } })).ShouldBe("BAD_USER_INPUT");
        Code(await gp.GraphQLAsync(Send, new { i = new { journeyId = journey, text = new string('x', 4001) } })).ShouldBe("BAD_USER_INPUT");
        Code(await gp.GraphQLAsync(Send, new { i = new { journeyId = journey, text = "x", stepId = Guid.NewGuid() } })).ShouldBe("NOT_FOUND");
        Code(await gp.GraphQLAsync(Send, new { i = new { journeyId = journey, text = "x", attachmentIds = new[] { Guid.NewGuid() } } })).ShouldBe("NOT_FOUND");
        Code(await gp.GraphQLAsync(Send, new { i = new { journeyId = "../../etc", text = "x" } })).ShouldBe("BAD_USER_INPUT");
        Code(await gp.GraphQLAsync(Send, new { i = new { journeyId = Guid.NewGuid(), text = "x" } })).ShouldBe("NOT_FOUND");

        (await gp.DataAsync("query($j: ID!) { conversation(journeyId: $j) { messages { lastSequence } } }", new { j = journey }))
            ["conversation"]!["messages"]!["lastSequence"]!.GetValue<int>().ShouldBe(0);
    }
}
