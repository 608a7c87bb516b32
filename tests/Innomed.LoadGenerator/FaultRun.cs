using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Innomed.LoadGenerator;

/// <summary>
/// The fault mode (<c>--phases faults</c>, driven by scripts/faults/*.sh): N journeys at a target
/// rate, each with the generator's own model of its version (one event per accepted command, CLOSED
/// at 9). A failed mutation is retried only when that is safe: the journey is read back (until the
/// read succeeds, twice, a moment apart, so an attempt still in flight has landed) and the mutation is
/// sent again only if the version is still the one before it; if the version already moved, the
/// first attempt committed and the model moves on. Anything else is a lost or duplicated transition.
/// Optionally one graphql-transport-ws subscriber per journey tracks the last version seen, reconnects
/// with <c>sinceVersion</c> when its socket drops, and checks the versions arrive with no gap and no duplicate.
/// </summary>
public sealed class FaultRun(HttpClient http, Tokens tokens, BenchOptions options)
{
    private readonly string _gp = tokens.For(Tokens.Gp, "Gp");
    private readonly string _unit = tokens.For("staff-bench", "HospitalStaff", Tokens.Unit);
    private readonly long _origin = Stopwatch.GetTimestamp();
    private readonly ConcurrentQueue<(double At, double Unix, bool Ok, double Ms, string? Error)> _mutations = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentDictionary<string, int> _errorKinds = new();
    private int _retried, _committedDespiteError, _startRetries, _closed, _incomplete, _reconnects;

    private BenchOptions Options => options;

    private double Now => Stopwatch.GetElapsedTime(_origin).TotalSeconds;

    public async Task<int> RunAsync()
    {
        var subscribers = new ConcurrentBag<Subscriber>();
        using var stop = new CancellationTokenSource();
        using var gate = new SemaphoreSlim(options.Users);
        var tasks = new List<Task>();
        var interval = options.Rate > 0 ? TimeSpan.FromSeconds(1 / options.Rate) : TimeSpan.Zero;
        var next = Stopwatch.GetTimestamp();
        Console.Error.WriteLine($"faults: {options.Journeys} journeys at {options.Rate}/s, {options.Users} users, subscribers: {options.Subscribe}");
        for (var i = 0; i < options.Journeys; i++)
        {
            await gate.WaitAsync();
            tasks.Add(Task.Run(async () =>
            {
                try { await OneJourneyAsync(subscribers, stop.Token); }
                finally { gate.Release(); }
            }));
            next += (long)(interval.TotalSeconds * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
        }
        await Task.WhenAll(tasks);
        var driven = Now;

        // Subscribers: every one must reach version 9. One that stalls below it (its last events were
        // published while Redis was away and nothing newer came to reveal the gap) resubscribes with
        // sinceVersion, as a client does after any doubt; the order check still applies.
        var stalled = 0;
        if (!subscribers.IsEmpty)
        {
            await WaitAsync(() => subscribers.All(s => s.Last >= JourneyDriver.FinalVersion), TimeSpan.FromSeconds(10));
            foreach (var s in subscribers.Where(s => s.Last < JourneyDriver.FinalVersion)) { stalled++; s.Resubscribe(); }
            await WaitAsync(() => subscribers.All(s => s.Last >= JourneyDriver.FinalVersion), TimeSpan.FromSeconds(20));
            await stop.CancelAsync();
            foreach (var s in subscribers)
            {
                if (s.Last != JourneyDriver.FinalVersion) _violations.Enqueue($"subscriber {s.JourneyId}: last version {s.Last}, expected {JourneyDriver.FinalVersion}");
                foreach (var v in s.Violations) _violations.Enqueue($"subscriber {s.JourneyId}: {v}");
                Interlocked.Add(ref _reconnects, s.Reconnects);
            }
        }
        await stop.CancelAsync();

        var m = _mutations.OrderBy(x => x.At).ToArray();
        var failures = m.Where(x => !x.Ok).ToArray();
        string recovery = "no failed mutation";
        if (failures.Length > 0)
        {
            var firstFail = failures[0].At;
            var lastFail = failures[^1].At;
            var firstOkAfter = m.FirstOrDefault(x => x.Ok && x.At > lastFail).At;
            recovery = string.Create(CultureInfo.InvariantCulture,
                $"failed mutations were sent between {firstFail:F1} s and {lastFail:F1} s of the run; the first success sent after the last of them was sent at {firstOkAfter:F1} s");
        }
        var failMs = failures.Select(f => f.Ms).Order().ToArray();
        var okMs = m.Where(x => x.Ok).Select(x => x.Ms).Order().ToArray();
        double P(double[] a, double q) => a.Length == 0 ? 0 : a[Math.Min(a.Length - 1, (int)Math.Ceiling(q * a.Length) - 1)];

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| figure | value |");
        sb.AppendLine("|---|---|");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| journeys driven / closed / incomplete | {options.Journeys} / {_closed} / {_incomplete} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| driving time | {driven:F1} s |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| mutations ok / failed | {okMs.Length} / {failMs.Length} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| failed mutations: p50 / p99 / max time to fail | {P(failMs, .5):F0} / {P(failMs, .99):F0} / {(failMs.Length > 0 ? failMs[^1] : 0):F0} ms |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| successful mutations: p50 / p99 / max | {P(okMs, .5):F0} / {P(okMs, .99):F0} / {(okMs.Length > 0 ? okMs[^1] : 0):F0} ms |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| errors by kind | {(_errorKinds.IsEmpty ? "none" : string.Join(", ", _errorKinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} ×{k.Value}")))} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| retried (version unchanged) / committed despite an error (not retried) / startJourney retried | {_retried} / {_committedDespiteError} / {_startRetries} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| recovery | {recovery} |");
        if (options.Subscribe)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| subscribers / reconnects with sinceVersion / stalled then resubscribed | {subscribers.Count} / {_reconnects} / {stalled} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| violations (lost, duplicated, gap, incomplete) | {_violations.Count} |");
        Console.WriteLine(sb.ToString());
        foreach (var v in _violations.Take(20)) Console.WriteLine("VIOLATION " + v);
        Directory.CreateDirectory(options.Output);
        await File.WriteAllTextAsync(Path.Combine(options.Output, "faults.md"), sb.ToString());
        await File.WriteAllTextAsync(Path.Combine(options.Output, "faults-timeline.csv"),
            "at_s,ok,ms,error,start_unix\n" + string.Join('\n', m.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.At:F3},{x.Ok},{x.Ms:F1},{x.Error},{x.Unix:F3}"))));
        Console.WriteLine(_violations.IsEmpty ? "VERDICT: PASS" : "VERDICT: FAIL");
        return _violations.IsEmpty ? 0 : 1;
    }

    private async Task OneJourneyAsync(ConcurrentBag<Subscriber> subscribers, CancellationToken stop)
    {
        var deadline = Now + options.JourneyTimeout.TotalSeconds;
        string? id = null;
        while (id is null)
        {
            var r = await SendAsync(_gp, """
                mutation { startJourney(input: { territoryId: "demo", patient: { familyName: "Fault", givenName: "Load", birthDate: "1970-01-01" } }) { journey { id } } }
                """, null, mutation: true);
            id = r.Data?["startJourney"]?["journey"]?["id"]?.GetValue<string>();
            if (id is not null) break;
            // A start whose response was lost may have created a journey nobody drives: harmless to
            // the model (no transition of a tracked journey is repeated), counted.
            Interlocked.Increment(ref _startRetries);
            if (Now > deadline) { Incomplete("(never started)", "startJourney"); return; }
            await Task.Delay(250, CancellationToken.None);
        }
        var model = 1;
        if (options.Subscribe) subscribers.Add(new Subscriber(this, id, stop));

        var j = new { j = id };
        string? step = null;
        var slot = DateTimeOffset.UtcNow.AddDays(1);
        var steps = new (string Name, string Token, Func<string> Query, Func<object> Vars)[]
        {
            ("submitTriage", _gp, () => "mutation($j: ID!) { submitTriage(input: { journeyId: $j, level: SEMI_URGENT }) { journey { version } } }", () => j),
            ("takeCharge", _gp, () => $"mutation($j: ID!) {{ takeCharge(input: {{ journeyId: $j, practitionerId: \"{Tokens.Gp}\" }}) {{ journey {{ version }} }} }}", () => j),
            ("refer", _gp, () => $"mutation($j: ID!) {{ refer(input: {{ journeyId: $j, performer: {{ unitId: \"{Tokens.Unit}\" }}, reason: \"Avis\", priority: URGENT }}) {{ step {{ id }} }} }}", () => j),
            ("ACCEPT", _unit, () => "mutation($j: ID!, $s: ID!) { updateStep(input: { journeyId: $j, stepId: $s, action: ACCEPT }) { step { status } } }", () => new { j = id, s = step }),
            ("SCHEDULE", _unit, () => $"mutation($j: ID!, $s: ID!) {{ updateStep(input: {{ journeyId: $j, stepId: $s, action: SCHEDULE, slot: {{ start: \"{slot:O}\", end: \"{slot.AddMinutes(30):O}\" }} }}) {{ step {{ status }} }} }}", () => new { j = id, s = step }),
            ("START", _unit, () => "mutation($j: ID!, $s: ID!) { updateStep(input: { journeyId: $j, stepId: $s, action: START }) { step { status } } }", () => new { j = id, s = step }),
            ("COMPLETE", _unit, () => "mutation($j: ID!, $s: ID!) { updateStep(input: { journeyId: $j, stepId: $s, action: COMPLETE, report: \"Compte rendu\" }) { step { status } } }", () => new { j = id, s = step }),
            ("closeJourney", _gp, () => "mutation($j: ID!) { closeJourney(input: { journeyId: $j, outcome: \"Résolu\" }) { journey { stage } } }", () => j),
        };
        foreach (var (name, token, query, vars) in steps)
        {
            while (true)
            {
                var r = await SendAsync(token, query(), vars(), mutation: true);
                if (r.Data is not null)
                {
                    model++;
                    if (name == "refer") step = r.Data["refer"]?["step"]?["id"]?.GetValue<string>();
                    break;
                }
                // Unknown whether it committed: read the journey back until the read is certain.
                var (version, stepId) = await SettledVersionAsync(id, deadline);
                if (version is null) { Incomplete(id, name); return; }
                if (version == model + 1)
                {
                    Interlocked.Increment(ref _committedDespiteError);
                    model++;
                    if (name == "refer") step = stepId;
                    break;
                }
                if (version != model) { Violation($"journey {id}: after a failed {name} the server is at version {version}, the model at {model}"); return; }
                if (Now > deadline) { Incomplete(id, name); return; }
                Interlocked.Increment(ref _retried);
                await Task.Delay(200, CancellationToken.None);
            }
        }

        var (stage, finalVersion) = await FinalStateAsync(id, deadline + 60);
        if (finalVersion != JourneyDriver.FinalVersion || model != JourneyDriver.FinalVersion || stage != "CLOSED")
            Violation($"journey {id}: server {stage ?? "(unreadable)"} v{finalVersion}, model CLOSED v{model}");
        else Interlocked.Increment(ref _closed);
    }

    private void Incomplete(string id, string step)
    {
        Interlocked.Increment(ref _incomplete);
        Violation($"journey {id}: not completed within {options.JourneyTimeout.TotalSeconds} s (stuck at {step})");
    }

    private void Violation(string what) => _violations.Enqueue(what);

    /// <summary>The journey's version once a read succeeds, confirmed by a second read 300 ms later (an attempt in flight lands first).</summary>
    private async Task<(int? Version, string? StepId)> SettledVersionAsync(string id, double deadline, bool settle = true)
    {
        int? previous = null;
        while (Now < deadline)
        {
            var r = await SendAsync(_gp, "query($j: ID!) { journey(id: $j) { version steps { id } } }", new { j = id }, mutation: false);
            if (r.Data?["journey"]?["version"]?.GetValue<int>() is { } v)
            {
                var stepId = r.Data["journey"]!["steps"]?.AsArray().LastOrDefault()?["id"]?.GetValue<string>();
                if (!settle || previous == v) return (v, stepId);
                previous = v;
                await Task.Delay(300, CancellationToken.None);
                continue;
            }
            previous = null;
            await Task.Delay(250, CancellationToken.None);
        }
        return (null, null);
    }

    /// <summary>Stage and version, read until a read succeeds (a failed read is not a verdict).</summary>
    private async Task<(string? Stage, int? Version)> FinalStateAsync(string id, double deadline)
    {
        while (true)
        {
            var r = await SendAsync(_gp, "query($j: ID!) { journey(id: $j) { stage version } }", new { j = id }, mutation: false);
            if (r.Data?["journey"] is { } journey) return (journey["stage"]?.GetValue<string>(), journey["version"]?.GetValue<int>());
            if (Now > deadline) return (null, null);
            await Task.Delay(250, CancellationToken.None);
        }
    }

    private async Task<(JsonNode? Data, string? Error)> SendAsync(string token, string query, object? variables, bool mutation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var started = Stopwatch.GetTimestamp();
        var at = Now;
        var unix = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        string? error;
        JsonNode? data = null;
        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var body = text.Length > 0 && text[0] == '{' ? JsonNode.Parse(text) : null;
            if (body?["errors"] is JsonArray { Count: > 0 } errors)
                error = errors[0]?["extensions"]?["code"]?.GetValue<string>() ?? "NO_CODE";
            else if (!response.IsSuccessStatusCode || body?["data"] is null)
                error = "HTTP " + (int)response.StatusCode;
            else
            {
                error = null;
                data = body["data"];
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or IOException)
        {
            error = ex is TaskCanceledException ? "client timeout" : ex.GetType().Name;
        }
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (error is not null) _errorKinds.AddOrUpdate(error + (mutation ? "" : " (read)"), 1, (_, n) => n + 1);
        if (mutation) _mutations.Enqueue((at, unix, error is null, ms, error));
        return (data, error);
    }

    private static async Task WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!condition() && Stopwatch.GetTimestamp() < until) await Task.Delay(200);
    }

    /// <summary>One journey's subscriber: tracks the last version, reconnects with sinceVersion, checks order.</summary>
    private sealed class Subscriber
    {
        private readonly FaultRun _run;
        private readonly CancellationToken _stop;
        private System.Net.WebSockets.ClientWebSocket? _socket;
        public string JourneyId { get; }
        public int Last;
        public int Reconnects;
        public ConcurrentQueue<string> Violations { get; } = new();

        public Subscriber(FaultRun run, string journeyId, CancellationToken stop)
        {
            _run = run;
            JourneyId = journeyId;
            _stop = stop;
            _ = LoopAsync();
        }

        /// <summary>Drops the socket; the loop reconnects with sinceVersion = the last version seen.</summary>
        public void Resubscribe() => _socket?.Abort();

        private async Task LoopAsync()
        {
            var first = true;
            while (!_stop.IsCancellationRequested && Volatile.Read(ref Last) < JourneyDriver.FinalVersion + 1)
            {
                if (!first) { Interlocked.Increment(ref Reconnects); await Task.Delay(300, CancellationToken.None); }
                first = false;
                try
                {
                    using var socket = new System.Net.WebSockets.ClientWebSocket();
                    _socket = socket;
                    socket.Options.AddSubProtocol("graphql-transport-ws");
                    var uri = new UriBuilder(_run.Options.Target) { Scheme = _run.Options.Target.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
                    using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(_stop);
                    connectTimeout.CancelAfter(TimeSpan.FromSeconds(10));
                    await socket.ConnectAsync(uri, connectTimeout.Token);
                    await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + _run._gp } }, connectTimeout.Token);
                    if ((await ReceiveAsync(socket, connectTimeout.Token))?["type"]?.GetValue<string>() != "connection_ack") continue;
                    await SendAsync(socket, new
                    {
                        id = "1", type = "subscribe",
                        payload = new { query = "subscription($j: ID!, $v: Int) { journeyUpdated(journeyId: $j, sinceVersion: $v) { version } }", variables = new { j = JourneyId, v = Volatile.Read(ref Last) } },
                    }, connectTimeout.Token);
                    while (await ReceiveAsync(socket, _stop) is { } message)
                    {
                        var type = message["type"]?.GetValue<string>();
                        if (type == "ping") { await SendAsync(socket, new { type = "pong" }, _stop); continue; }
                        if (type is "error" or "complete") break;
                        if (type != "next") continue;
                        if (message["payload"]?["data"]?["journeyUpdated"]?["version"]?.GetValue<int>() is not { } v) continue;
                        var last = Volatile.Read(ref Last);
                        if (v <= last) Violations.Enqueue($"duplicate version {v} after {last}");
                        else if (v > last + 1) Violations.Enqueue($"gap: version {v} after {last}");
                        Volatile.Write(ref Last, Math.Max(last, v));
                    }
                }
                catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or OperationCanceledException or IOException or JsonException or ObjectDisposedException)
                {
                    // dropped (gateway restart, resubscribe): reconnect with sinceVersion
                }
            }
        }

        private static Task SendAsync(System.Net.WebSockets.ClientWebSocket socket, object message, CancellationToken ct) =>
            socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), System.Net.WebSockets.WebSocketMessageType.Text, true, ct);

        private static async Task<JsonNode?> ReceiveAsync(System.Net.WebSockets.ClientWebSocket socket, CancellationToken ct)
        {
            var buffer = new byte[8192];
            using var stream = new MemoryStream();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == System.Net.WebSockets.WebSocketMessageType.Close) return null;
                stream.Write(buffer, 0, result.Count);
                if (result.EndOfMessage) return JsonNode.Parse(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
            }
        }
    }
}
