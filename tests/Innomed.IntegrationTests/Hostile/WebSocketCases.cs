using System.Net.WebSockets;
using System.Text;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>graphql-transport-ws protocol violations and hostile operations.</summary>
public static class WebSocketCases
{
    private const string Journey = "subscription($j: ID!) { journeyUpdated(journeyId: $j) { version } }";

    public static IEnumerable<WebSocketCase> All =>
    [
        new("ws: unknown subprotocol", f => Closed(f, "graphql-ws", _ => Task.CompletedTask), "close 4406"),
        new("ws: no subprotocol", f => Closed(f, null, _ => Task.CompletedTask), "close 4406"),
        new("ws: no connection_init in time", f => Closed(f, "graphql-transport-ws", _ => Task.CompletedTask), "close 4408"),
        new("ws: subscribe before connection_init", f => Closed(f, s => s.SendAsync(Subscribe("1", "{ __typename }"))), "close 4401"),
        new("ws: connection_init without a token", f => Closed(f, s => s.SendAsync(new { type = "connection_init" })), "close 4403"),
        new("ws: connection_init with an expired token", f => Closed(f, s => s.SendAsync(Init(new TokenForge(f.DataDirectory).Expired()))), "close 4403"),
        new("ws: connection_init with alg none", f => Closed(f, s => s.SendAsync(Init(TokenForge.AlgNone()))), "close 4403"),
        new("ws: connection_init payload is a string", f => Closed(f, s => s.SendTextAsync("""{"type":"connection_init","payload":"Bearer x"}""")), "close 4400"),
        new("ws: second connection_init", f => Initialised(f, s => s.SendAsync(Init(f.Token(HostileFixture.Gp)))), "close 4429"),
        new("ws: not JSON", f => Initialised(f, s => s.SendTextAsync("hello <script>")), "close 4400"),
        new("ws: binary frame of garbage", f => Initialised(f, s => s.SendBytesAsync([0x00, 0xFF, 0x13, 0x37])), "close 4400"),
        new("ws: unknown message type", f => Initialised(f, s => s.SendAsync(new { type = "exec", payload = new { cmd = "ls" } })), "close 4400"),
        new("ws: server-only message type (next)", f => Initialised(f, s => s.SendAsync(new { id = "1", type = "next", payload = new { } })), "close 4400"),
        new("ws: subscribe without id", f => Initialised(f, s => s.SendAsync(new { type = "subscribe", payload = new { query = "{ __typename }" } })), "close 4400"),
        new("ws: subscribe with a non-string query", f => Initialised(f, s => s.SendAsync(new { id = "1", type = "subscribe", payload = new { query = 42 } })), "close 4400"),
        new("ws: unpaired surrogate escape in the query", f => Initialised(f, s => s.SendTextAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ __typename } # \ud800"}}""")), "close 4400"),
        new("ws: 70 KiB message", f => Initialised(f, s => s.SendAsync(Subscribe("1", "{ __typename }" + new string(' ', 70 * 1024)))), "close 1009"),
        new("ws: duplicate subscription id", f => Initialised(f, async s =>
        {
            await s.SendAsync(Subscribe("dup", Journey, new { j = f.JourneyId }));
            await s.SendAsync(Subscribe("dup", Journey, new { j = f.JourneyId }));
        }), "close 4409"),
        new("ws: alias bomb", f => Answer(f, HostileFixture.Gp, Payloads.Aliases(200)), "error MAX_ALIASES_EXCEEDED"),
        new("ws: selections nested 300 deep", f => Answer(f, HostileFixture.Gp, Payloads.Nested("{ a ", "b", " }", 300)), "error MAX_DEPTH_EXCEEDED"),
        new("ws: fragment cycle", f => Answer(f, HostileFixture.Gp, "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"), "error NO_FRAGMENT_CYCLES"),
        // Refused while executing, not while validating: graphql-ws then sends the result as next (then complete).
        new("ws: another patient subscribes to the journey", f => Answer(f, HostileFixture.OtherPatient, Journey, new { j = f.JourneyId }), "next FORBIDDEN"),
        new("ws: mutation by a patient on someone else's journey", f => Answer(f, HostileFixture.OtherPatient,
            "mutation($j: ID!) { cancelJourney(input: { journeyId: $j, reason: \"ws\" }) { journey { id } } }", new { j = f.JourneyId }), "next FORBIDDEN"),
        new("ws: subscribe flood on one socket", SubscribeFloodAsync, "error RATE_LIMITED"),
    ];

    private static object Init(string token) => new { type = "connection_init", payload = new { Authorization = "Bearer " + token } };

    private static object Subscribe(string id, string query, object? variables = null) =>
        new { id, type = "subscribe", payload = new { query, variables } };

    private static Task<string> Closed(HostileFixture f, Func<RawSocket, Task> act) => Closed(f, "graphql-transport-ws", act);

    private static async Task<string> Closed(HostileFixture f, string? subProtocol, Func<RawSocket, Task> act)
    {
        await using var socket = await RawSocket.ConnectAsync(f.Host.BaseAddress, subProtocol);
        await act(socket);
        return await socket.NextAsync();
    }

    private static async Task<string> Initialised(HostileFixture f, Func<RawSocket, Task> act)
    {
        await using var socket = await RawSocket.ConnectAsync(f.Host.BaseAddress);
        await socket.InitAsync(f.Token(HostileFixture.Gp));
        await act(socket);
        return await socket.NextAsync();
    }

    /// <summary>The answer to one operation; the socket must still answer a ping afterwards.</summary>
    private static async Task<string> Answer(HostileFixture f, string user, string query, object? variables = null)
    {
        await using var socket = await RawSocket.ConnectAsync(f.Host.BaseAddress);
        await socket.InitAsync(f.Token(user));
        await socket.SendAsync(Subscribe("op", query, variables));
        var answer = await socket.NextAsync();
        await socket.SendAsync(new { type = "ping" });
        var next = await socket.NextAsync();
        if (next == "complete") next = await socket.NextAsync(); // a query's next is followed by complete
        next.ShouldBe("pong");
        return answer;
    }

    /// <summary>More subscribe messages than the burst allows, on one socket: the surplus is refused, the socket stays.</summary>
    private static async Task<string> SubscribeFloodAsync(HostileFixture f)
    {
        await using var socket = await RawSocket.ConnectAsync(f.Host.BaseAddress);
        await socket.InitAsync(f.Token(HostileFixture.Gp));
        for (var i = 0; i < HostileFixture.SubscribeBurst + 3; i++)
        {
            await socket.SendAsync(Subscribe("s" + i, Journey, new { j = f.JourneyId }));
        }

        var answers = new List<string>();
        for (var i = 0; i < 3; i++) answers.Add(await socket.NextAsync());
        answers.ShouldAllBe(a => a == "error RATE_LIMITED");
        await socket.SendAsync(new { type = "ping" });
        (await socket.NextAsync()).ShouldBe("pong");
        return answers[0];
    }
}
