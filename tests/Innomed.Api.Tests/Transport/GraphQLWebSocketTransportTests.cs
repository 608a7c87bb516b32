using System.Net.WebSockets;
using System.Text.Json;
using Innomed.Api.Transport;
using Innomed.Api.Transport.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Tests.Transport;

[Trait("Category", "Transport")]
public sealed class GraphQLWebSocketTransportTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private TransportServer _server = null!;

    // The default 3 s init timeout: a cold, busy 2-core machine can take longer than a short one to JIT the first init.
    public async Task InitializeAsync() => _server = await TransportServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Given_Socket_When_ConnectionInit_Then_AckWithSubprotocol()
    {
        using var client = await _server.ConnectAsync();

        await client.InitAsync();

        client.Socket.SubProtocol.ShouldBe("graphql-transport-ws");
    }

    [Fact]
    public async Task Given_Socket_When_NoInitInTime_Then_Closed4408()
    {
        await using var server = await TransportServer.StartAsync(o => o.ConnectionInitWaitTimeout = TimeSpan.FromMilliseconds(300));
        using var client = await server.ConnectAsync();

        var (code, reason) = await client.WaitForCloseAsync();

        code.ShouldBe(4408);
        reason.ShouldBe("Connection initialisation timeout");
    }

    [Fact]
    public async Task Given_AckedSocket_When_SecondInit_Then_Closed4429()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();

        await client.SendAsync("""{"type":"connection_init"}""");

        (await client.WaitForCloseAsync()).ShouldBe((4429, "Too many initialisation requests"));
    }

    [Fact]
    public async Task Given_NoInit_When_Subscribe_Then_Closed4401()
    {
        using var client = await _server.ConnectAsync();

        await client.SubscribeAsync("1", "{ hello }");

        (await client.WaitForCloseAsync()).ShouldBe((4401, "Unauthorized"));
    }

    [Fact]
    public async Task Given_RunningSubscription_When_SameIdSubscribedAgain_Then_Closed4409AndFreed()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("dup", "subscription { events }");
        await _server.Hub.WaitForSubscribersAsync(1, Wait);

        await client.SubscribeAsync("dup", "subscription { events }");

        (await client.WaitForCloseAsync()).ShouldBe((4409, "Subscriber for dup already exists"));
        await _server.Hub.WaitForSubscribersAsync(0, Wait);
    }

    [Theory]
    [InlineData("not json", "Invalid message received: not JSON")]
    [InlineData("[1]", "Message is expected to be an object, but got array")]
    [InlineData("""{"payload":{}}""", "Message is missing the 'type' property")]
    [InlineData("""{"type":"hello"}""", "Invalid message 'type' property \"hello\"")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", "\"subscribe\" message expects the 'id' property to be a string")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""", "\"subscribe\" message requires a non-empty 'id' property")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":1}}""", "\"subscribe\" message payload expects the 'query' property to be a string")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "Unexpected message of type next received")]
    [InlineData("""{"type":"ping","payload":"text"}""", "\"ping\" message expects the 'payload' property to be an object or nullish or missing")]
    public async Task Given_AckedSocket_When_InvalidMessage_Then_Closed4400WithReason(string message, string reason)
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();

        await client.SendAsync(message);

        (await client.WaitForCloseAsync()).ShouldBe((4400, reason));
    }

    [Fact]
    public async Task Given_Socket_When_Ping_Then_PongEchoesPayloadAndPongIsIgnored()
    {
        using var client = await _server.ConnectAsync();

        await client.SendAsync("""{"type":"pong"}""");
        await client.SendAsync("""{"type":"ping","payload":{"n":1}}""");
        var pong = await client.ReceiveAsync();
        await client.SendAsync("""{"type":"ping"}""");
        var bare = await client.ReceiveAsync();

        pong.GetProperty("type").GetString().ShouldBe("pong");
        pong.GetProperty("payload").GetProperty("n").GetInt32().ShouldBe(1);
        bare.TryGetProperty("payload", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_AckedSocket_When_QueryAndMutation_Then_NextThenComplete()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("q", "query($name: String) { hello(name: $name) }", new { name = "ws" });
        var queryNext = await client.ReceiveAsync();
        var queryComplete = await client.ReceiveAsync();
        await client.SubscribeAsync("m", "mutation { increment(by: 5) }");
        var mutationNext = await client.ReceiveAsync();
        var mutationComplete = await client.ReceiveAsync();

        AssertMessage(queryNext, "next", "q").GetProperty("payload").GetProperty("data").GetProperty("hello").GetString().ShouldBe("Hello, ws");
        AssertMessage(queryComplete, "complete", "q");
        AssertMessage(mutationNext, "next", "m").GetProperty("payload").GetProperty("data").GetProperty("increment").GetInt32().ShouldBe(5);
        AssertMessage(mutationComplete, "complete", "m");
        _server.Counter.Value.ShouldBe(5);
    }

    [Fact]
    public async Task Given_Subscription_When_EventsPublishedThenSourceCompletes_Then_NextPerEventThenComplete()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("s", "subscription { events }");
        await _server.Hub.WaitForSubscribersAsync(1, Wait);

        _server.Hub.Publish("first");
        _server.Hub.Publish("second");
        _server.Hub.CompleteAll();

        AssertMessage(await client.ReceiveAsync(), "next", "s").GetProperty("payload").GetProperty("data").GetProperty("events").GetString().ShouldBe("first");
        AssertMessage(await client.ReceiveAsync(), "next", "s").GetProperty("payload").GetProperty("data").GetProperty("events").GetString().ShouldBe("second");
        AssertMessage(await client.ReceiveAsync(), "complete", "s");
    }

    [Fact]
    public async Task Given_FiniteStream_When_Subscribed_Then_AllValuesThenComplete()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("c", "subscription { countdown(from: 3) }");

        var values = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            values.Add(AssertMessage(await client.ReceiveAsync(), "next", "c").GetProperty("payload").GetProperty("data").GetProperty("countdown").GetInt32());
        }

        values.ShouldBe([3, 2, 1]);
        AssertMessage(await client.ReceiveAsync(), "complete", "c");
    }

    [Fact]
    public async Task Given_Subscription_When_ClientCompletes_Then_ObservableDisposedAndNoMoreEvents()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("s", "subscription { events }");
        await _server.Hub.WaitForSubscribersAsync(1, Wait);

        await client.SendAsync("""{"id":"s","type":"complete"}""");

        await _server.Hub.WaitForSubscribersAsync(0, Wait);
        _server.Hub.Unsubscribed.ShouldBe(1);
        _server.Hub.Publish("too late");
        await client.SendAsync("""{"type":"ping"}""");
        (await client.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("pong");
    }

    [Fact]
    public async Task Given_Subscription_When_SocketCloses_Then_ObservableDisposed()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("s", "subscription { events }");
        await _server.Hub.WaitForSubscribersAsync(1, Wait);

        await client.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        await _server.Hub.WaitForSubscribersAsync(0, Wait);
    }

    [Fact]
    public async Task Given_InvalidDocument_When_Subscribed_Then_ErrorMessageWithErrorsAndNoComplete()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("bad", "subscription { nope }");
        var error = AssertMessage(await client.ReceiveAsync(), "error", "bad");
        await client.SendAsync("""{"type":"ping"}""");

        error.GetProperty("payload").ValueKind.ShouldBe(JsonValueKind.Array);
        error.GetProperty("payload")[0].GetProperty("message").GetString()!.ShouldContain("nope");
        (await client.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("pong");
    }

    [Fact]
    public async Task Given_StreamFails_When_Subscribed_Then_NextThenInternalErrorWithoutDetails()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("f", "subscription { failing }");
        var next = await client.ReceiveAsync();
        var error = await client.ReceiveAsync();

        AssertMessage(next, "next", "f");
        AssertMessage(error, "error", "f").GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("INTERNAL");
        error.GetRawText().ShouldNotContain("secret");
    }

    [Fact]
    public async Task Given_SlowQueryRunning_When_FastQuerySent_Then_FastAnsweredFirst()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("slow", "{ slow(ms: 500) }");
        await client.SubscribeAsync("fast", "{ hello }");

        AssertMessage(await client.ReceiveAsync(), "next", "fast");
        AssertMessage(await client.ReceiveAsync(), "complete", "fast");
        AssertMessage(await client.ReceiveAsync(), "next", "slow");
    }

    [Fact]
    public async Task Given_TwoOperations_When_ResolvingScopedService_Then_EachHasItsOwnScope()
    {
        using var client = await _server.ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("1", "{ scopeId }");
        var first = await client.ReceiveAsync();
        await client.ReceiveAsync();
        await client.SubscribeAsync("2", "{ scopeId }");
        var second = await client.ReceiveAsync();

        ScopeId(first).ShouldNotBe(ScopeId(second));

        static string? ScopeId(JsonElement next) => next.GetProperty("payload").GetProperty("data").GetProperty("scopeId").GetString();
    }

    [Fact]
    public async Task Given_NoSubprotocol_When_Connected_Then_Closed4406()
    {
        using var client = await _server.ConnectAsync(subProtocol: null);

        (await client.WaitForCloseAsync()).ShouldBe((4406, "Subprotocol not acceptable"));
    }

    [Fact]
    public async Task Given_TwoPublishersOneWritingInline_When_EventsFlowConcurrently_Then_EverySubscriptionGetsEveryEventInEachPublishersOrder()
    {
        // Room for every frame: this is about order and loss, not slow consumers.
        await using var server = await TransportServer.StartAsync(o => o.WebSocketSendBufferCapacity = 10_000);
        using var client = await server.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("a", "subscription { events }");
        await client.SubscribeAsync("b", "subscription { events }");
        await server.Hub.WaitForSubscribersAsync(2, Wait);
        const int perPublisher = 2000;

        // A pump writes frames itself; anyone else leaves them to the thread pool. Both share one socket's writer.
        var inline = Task.Run(() =>
        {
            for (var i = 0; i < perPublisher; i++) SocketWrites.Allow(server.Hub.Publish, $"inline:{i}");
        });
        var pooled = Task.Run(() =>
        {
            for (var i = 0; i < perPublisher; i++) server.Hub.Publish($"pooled:{i}");
        });
        await Task.WhenAll(inline, pooled);

        var last = new Dictionary<string, int>();
        for (var n = 0; n < 4 * perPublisher; n++)
        {
            var message = await client.ReceiveAsync();
            message.GetProperty("type").GetString().ShouldBe("next", message.GetRawText());
            var (publisher, i) = message.GetProperty("payload").GetProperty("data").GetProperty("events").GetString()!.Split(':') switch
            {
                [var p, var v] => (p, int.Parse(v)),
                _ => throw new InvalidOperationException(),
            };
            var key = message.GetProperty("id").GetString() + "/" + publisher;
            i.ShouldBe(last.GetValueOrDefault(key, -1) + 1, $"{key}: no event lost, repeated or reordered");
            last[key] = i;
        }

        last.Count.ShouldBe(4);
        last.Values.ShouldAllBe(v => v == perPublisher - 1);
    }

    [Fact]
    public async Task Given_SlowClient_When_EventsFlow_Then_SlowClosedAndFreedWhileFastGetsEverything()
    {
        await using var server = await TransportServer.StartAsync(o => o.WebSocketSendBufferCapacity = 32);
        using var fast = await server.ConnectAsync();
        using var slow = await server.ConnectAsync();
        await fast.InitAsync();
        await slow.InitAsync();
        await fast.SubscribeAsync("s", "subscription { events }");
        await slow.SubscribeAsync("s", "subscription { events }");
        await server.Hub.WaitForSubscribersAsync(2, Wait);

        var payload = new string('x', 64 * 1024);
        var received = 0;
        var reader = Task.Run(async () =>
        {
            while (true)
            {
                var message = await fast.TryReceiveAsync(Wait);
                if (message is null || message.Value.GetProperty("type").GetString() != "next")
                {
                    return;
                }

                Interlocked.Increment(ref received);
            }
        });

        var published = 0;
        while (server.Hub.ActiveSubscribers == 2 && published < 5000)
        {
            server.Hub.Publish($"{published}:{payload}");
            published++;
            await Task.Delay(1);
        }

        server.Hub.ActiveSubscribers.ShouldBe(1, "the slow client should have been dropped");
        for (var i = 0; i < 10; i++)
        {
            server.Hub.Publish($"after:{i}");
        }

        await WaitUntilAsync(() => Volatile.Read(ref received) == published + 10);
        var (code, reason) = await slow.WaitForCloseAsync(TimeSpan.FromSeconds(30));
        code.ShouldBe((int)WebSocketCloseStatus.PolicyViolation);
        reason.ShouldBe("Slow consumer: send buffer full");
        fast.Socket.State.ShouldBe(WebSocketState.Open);
        reader.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Given_Validator_When_CredentialsExpire_Then_Closed4403AndSubscriptionsFreed()
    {
        var valid = true;
        await using var server = await TransportServer.StartAsync(o =>
        {
            o.ConnectionValidationInterval = TimeSpan.FromMilliseconds(50);
            o.ConnectionValidator = (context, _) => ValueTask.FromResult(Volatile.Read(ref valid) && context.Transport == GraphQLTransportKind.WebSocket);
        });
        using var client = await server.ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("s", "subscription { events }");
        await server.Hub.WaitForSubscribersAsync(1, Wait);
        await Task.Delay(200);
        server.Hub.ActiveSubscribers.ShouldBe(1);

        Volatile.Write(ref valid, false);

        (await client.WaitForCloseAsync()).ShouldBe((4403, "Forbidden"));
        await server.Hub.WaitForSubscribersAsync(0, Wait);
    }

    [Fact]
    public async Task Given_ContextFactory_When_InitRefusedOrAccepted_Then_4403OrUserContextFlows()
    {
        await using var server = await TransportServer.StartAsync(
            services: s => s.AddSingleton<IGraphQLRequestContextFactory, FixedViewerContextFactory>());
        using var refused = await server.ConnectAsync();
        using var accepted = await server.ConnectAsync();

        await refused.SendAsync("""{"type":"connection_init","payload":{"token":"bad"}}""");
        await accepted.InitAsync();
        await accepted.SubscribeAsync("v", "{ viewer }");

        (await refused.WaitForCloseAsync()).ShouldBe((4403, "Forbidden"));
        (await accepted.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("viewer").GetString().ShouldBe("dr-house");
    }

    private static JsonElement AssertMessage(JsonElement message, string type, string id)
    {
        message.GetProperty("type").GetString().ShouldBe(type, message.GetRawText());
        message.GetProperty("id").GetString().ShouldBe(id);
        return message;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "condition not met in time");
            await Task.Delay(10);
        }
    }
}
