using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Innomed.LoadGenerator;

/// <summary>
/// S WebSocket subscribers (graphql-transport-ws) on one journey; the probe then makes changes to
/// it one at a time and measures, per subscriber and event, the time from sending the mutation to
/// the event arriving.
/// </summary>
public sealed class FanOutProbe(BenchOptions options, GraphQLClient client, Tokens tokens)
{
    private const int SettleSeconds = 5;
    private const int WarmUpVersion = 6; // start, triage, take charge, refer, accept: the first reschedule is version 6
    private readonly ConcurrentDictionary<int, long> _sentAt = new();
    private readonly Latencies _perChange = new(); // per change, on standard error: is the tail one slow change or all of them?
    private int _warmedUp;

    /// <summary>The server's CPU time (all cores) per delivery over the changes, in µs, when its process was known.</summary>
    public double? ServerCpuPerDelivery { get; private set; }

    public async Task<(int Connected, int Events, int Expected)> RunAsync(Latencies latencies, int events = 20)
    {
        using var server = options.ServerPid is { } pid ? Process.GetProcessById(pid) : null;
        var gp = tokens.For(Tokens.Gp, "Gp");
        var unit = tokens.For("staff-bench", "HospitalStaff", Tokens.Unit);
        var (journeyId, stepId) = await PrepareAsync(gp, unit);
        var slot = DateTimeOffset.UtcNow.AddDays(2);
        return await RunAsync(latencies, options.Target, gp, journeyId,
            version => RescheduleAsync(unit, journeyId, stepId, slot, version - WarmUpVersion - 1), events, server);
    }

    /// <summary>
    /// Subscribes S sockets at <paramref name="target"/>, then makes <paramref name="change"/> produce
    /// each version in turn (the first, unmeasured, proves every socket listens) and times the deliveries.
    /// </summary>
    public async Task<(int Connected, int Events, int Expected)> RunAsync(Latencies latencies, Uri target, string token, string journeyId,
        Func<int, Task> change, int events = 20, Process? server = null)
    {
        var sockets = new ConcurrentBag<ClientWebSocket>();
        var received = 0;
        using var stop = new CancellationTokenSource();
        using var gate = new SemaphoreSlim(64);
        var readers = new List<Task>();
        await Task.WhenAll(Enumerable.Range(0, options.Subscribers).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var socket = await ConnectAsync(target, token, journeyId);
                sockets.Add(socket);
                lock (readers) readers.Add(ReadAsync(socket, latencies, () => Interlocked.Increment(ref received), stop.Token));
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or TimeoutException)
            {
                latencies.Error("subscribe");
            }
            finally
            {
                gate.Release();
            }
        }));
        // Subscribe has no acknowledgement: a first, unmeasured change is the signal that every
        // subscription listens (each socket has seen it), however long attaching took.
        await change(WarmUpVersion);
        var warmDeadline = Stopwatch.GetTimestamp() + 30 * Stopwatch.Frequency;
        while (Volatile.Read(ref _warmedUp) < sockets.Count && Stopwatch.GetTimestamp() < warmDeadline) await Task.Delay(10);

        // Let the server settle before measuring, as a gateway whose subscribers have been listening
        // for a while: after the first change to 10,000 sockets the runtime recompiles the hot path
        // and collects the set-up's garbage, ~3 s of a core here (printed when the server's process is known).
        for (var second = 0; second < SettleSeconds; second++)
        {
            var idleFrom = ServerCpu.Time(server);
            await Task.Delay(TimeSpan.FromSeconds(1));
            if (ServerCpu.Time(server) is { } idleTo && idleFrom is { } f)
                Console.Error.WriteLine($"fan-out: server settling with {sockets.Count} sockets, second {second + 1}: {(idleTo - f).TotalMilliseconds / 10:0}% of a core");
        }
        var changesFrom = DateTimeOffset.UtcNow;
        var deliveredBefore = Volatile.Read(ref received);
        var cpuBefore = ServerCpu.Time(server);
        for (var e = 0; e < events; e++)
        {
            var before = Volatile.Read(ref received);
            _sentAt[WarmUpVersion + 1 + e] = Stopwatch.GetTimestamp();
            await change(WarmUpVersion + 1 + e);
            var waitUntil = Stopwatch.GetTimestamp() + 10 * Stopwatch.Frequency;
            while (Volatile.Read(ref received) - before < sockets.Count && Stopwatch.GetTimestamp() < waitUntil) await Task.Delay(5);
            await Task.Delay(100);
        }
        // The window, to line up with traces of the server.
        Console.Error.WriteLine($"fan-out changes from {changesFrom.ToUnixTimeMilliseconds()} to {DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()} (Unix ms)");
        // CPU per delivery does not move with the machine's noise as latency does: what to compare.
        if (ServerCpu.Time(server) is { } cpuAfter && cpuBefore is { } cpuFrom && Volatile.Read(ref received) > deliveredBefore)
        {
            ServerCpuPerDelivery = (cpuAfter - cpuFrom).TotalMicroseconds / (Volatile.Read(ref received) - deliveredBefore);
            Console.Error.WriteLine($"fan-out: server CPU {ServerCpuPerDelivery:0.0} µs per delivery");
        }
        await stop.CancelAsync();
        foreach (var stats in _perChange.Summarise(TimeSpan.FromSeconds(1)))
            Console.Error.WriteLine($"fan-out {stats.Operation}: {stats.Count} deliveries, first {stats.Min:0} ms, p50 {stats.P50:0} ms, p99 {stats.P99:0} ms, max {stats.Max:0} ms");
        foreach (var socket in sockets) socket.Abort();
        await Task.WhenAll(readers).ContinueWith(_ => { }, TaskScheduler.Default);
        return (sockets.Count, Volatile.Read(ref received), sockets.Count * events);
    }

    private Task RescheduleAsync(string unit, string journeyId, string stepId, DateTimeOffset slot, int e) =>
        client.SendAsync("fanout mutation", unit,
                "mutation($j: ID!, $s: ID!, $a: DateTimeOffset!, $b: DateTimeOffset!) { updateStep(input: { journeyId: $j, stepId: $s, action: SCHEDULE, slot: { start: $a, end: $b } }) { step { status } } }",
                new { j = journeyId, s = stepId, a = slot.AddMinutes(e), b = slot.AddMinutes(e + 30) });

    private async Task<(string Journey, string Step)> PrepareAsync(string gp, string unit)
    {
        var id = (await client.SendAsync("fanout setup", gp, """
            mutation { startJourney(input: { territoryId: "demo", patient: { familyName: "Fanout", givenName: "Probe", birthDate: "1970-01-01" } }) { journey { id } } }
            """))!["startJourney"]!["journey"]!["id"]!.GetValue<string>();
        await client.SendAsync("fanout setup", gp, "mutation($j: ID!) { submitTriage(input: { journeyId: $j, level: NON_URGENT }) { journey { version } } }", new { j = id });
        await client.SendAsync("fanout setup", gp, $"mutation($j: ID!) {{ takeCharge(input: {{ journeyId: $j, practitionerId: \"{Tokens.Gp}\" }}) {{ journey {{ version }} }} }}", new { j = id });
        var step = (await client.SendAsync("fanout setup", gp, $"mutation($j: ID!) {{ refer(input: {{ journeyId: $j, performer: {{ unitId: \"{Tokens.Unit}\" }}, reason: \"Avis\" }}) {{ step {{ id }} }} }}", new { j = id }))!
            ["refer"]!["step"]!["id"]!.GetValue<string>();
        await client.SendAsync("fanout setup", unit, "mutation($j: ID!, $s: ID!) { updateStep(input: { journeyId: $j, stepId: $s, action: ACCEPT }) { step { status } } }", new { j = id, s = step });
        return (id, step);
    }

    private static async Task<ClientWebSocket> ConnectAsync(Uri target, string token, string journeyId)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        var uri = new UriBuilder(target) { Scheme = target.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(uri, timeout.Token);
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + token } }, timeout.Token);
        var ack = await ReceiveAsync(socket, timeout.Token);
        if (ack?["type"]?.GetValue<string>() != "connection_ack") throw new IOException("No connection_ack.");
        await SendAsync(socket, new
        {
            id = "1", type = "subscribe",
            payload = new { query = "subscription($j: ID!) { journeyUpdated(journeyId: $j) { version type } }", variables = new { j = journeyId } },
        }, timeout.Token);
        return socket;
    }

    /// <summary>
    /// Reads events with one buffer per socket and a forward-only scan for the version: the probe
    /// shares the gateway's two cores, so its own cost per delivery must stay far below the
    /// gateway's (real subscribers are on other machines).
    /// </summary>
    private async Task ReadAsync(ClientWebSocket socket, Latencies latencies, Action counted, CancellationToken stop)
    {
        var buffer = new byte[4096];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                    result = await socket.ReceiveAsync(buffer.AsMemory(length), stop);
                    length += result.Count;
                } while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
                if (result.MessageType == WebSocketMessageType.Close) return;
                var arrived = Stopwatch.GetTimestamp();
                var version = NextVersion(buffer.AsSpan(0, length));
                if (version == WarmUpVersion) Interlocked.Increment(ref _warmedUp);
                if (_sentAt.TryGetValue(version, out var sent))
                {
                    var ms = Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds;
                    latencies.Add("fan-out delivery", ms);
                    _perChange.Add($"change {version - WarmUpVersion,2}", ms);
                    counted();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or JsonException)
        {
            // the probe closes sockets by aborting them
        }
    }

    /// <summary>The "version" of a <c>next</c> frame's journeyUpdated; -1 for any other frame.</summary>
    private static int NextVersion(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        var isNext = false;
        var version = -1;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName) continue;
            if (reader.ValueTextEquals("type"u8) && reader.CurrentDepth == 1)
            {
                reader.Read();
                isNext = reader.ValueTextEquals("next"u8);
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                reader.Read();
                version = reader.GetInt32();
            }
        }
        return isNext ? version : -1;
    }

    private static Task SendAsync(ClientWebSocket socket, object message, CancellationToken ct) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, ct);

    private static async Task<JsonNode?> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[8192];
        using var stream = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            stream.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return JsonNode.Parse(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        }
    }
}
