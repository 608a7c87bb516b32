using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Innomed.LoadGenerator;

/// <summary>What a run measured, with the machine it ran on; written as JSON and Markdown.</summary>
public sealed record Report
{
    public required DateTimeOffset At { get; init; }
    public required string Machine { get; init; }
    public required BenchOptions Options { get; init; }
    public IReadOnlyList<OperationStats> Journeys { get; init; } = [];
    public int JourneysClosed { get; init; }
    public int JourneysAbandoned { get; init; }
    public int VerifiedJourneys { get; init; }
    public int ModelMismatches { get; init; }
    public double TransitionsPerSecond { get; init; }
    /// <summary>The server's CPU time (µs, all cores) over the journeys phase per mutation (its reads included), when measured.</summary>
    public double? CpuPerMutation { get; init; }
    public IReadOnlyList<OperationStats> Queries { get; init; } = [];
    /// <summary>The server's CPU time (µs, all cores) per <c>journey(id)</c> query, when measured.</summary>
    public double? CpuPerQuery { get; init; }
    public OperationStats? FanOut { get; init; }
    /// <summary>The mutations that made the fan-out's changes (their response time, which the deliveries include).</summary>
    public OperationStats? FanOutMutation { get; init; }
    public int Subscribers { get; init; }
    public int DeliveriesReceived { get; init; }
    public int DeliveriesExpected { get; init; }
    public IReadOnlyList<OperationStats> Archive { get; init; } = [];
    public long ArchiveSize { get; init; }
    public int ArchiveMismatches { get; init; }
    public double? PgBenchTps { get; init; }
    public double? BareKestrelRps { get; init; }
    /// <summary>The same fan-out from a bare Kestrel broadcast (<see cref="Baselines.BareBroadcastAsync"/>).</summary>
    public OperationStats? BareFanOut { get; init; }

    /// <summary>The gateway's and the bare broadcast server's CPU time per delivery (µs, all cores), when measured.</summary>
    public double? FanOutCpuPerDelivery { get; init; }

    public double? BareFanOutCpuPerDelivery { get; init; }

    public static string DescribeMachine() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, "
        + $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB";

    public async Task WriteAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "bench.json"),
            JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));
        await File.WriteAllTextAsync(Path.Combine(directory, "bench.md"), ToMarkdown());
    }

    public string ToMarkdown()
    {
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine(c, $"### Run of {At:yyyy-MM-dd HH:mm} UTC — {Machine}");
        s.AppendLine(c, $"{Options.Users} virtual users, {Options.Duration.TotalSeconds:0} s per phase after {Options.WarmUp.TotalSeconds:0} s of unmeasured journeys and a quiet server, target {Options.Target}.");
        s.AppendLine();
        if (Journeys.Count > 0)
        {
            s.AppendLine(c, $"Journeys closed: {JourneysClosed} (abandoned {JourneysAbandoned}); verified {VerifiedJourneys} against the generator's model: {ModelMismatches} mismatch(es).");
            s.AppendLine(c, $"Persisted transitions (mutations): **{TransitionsPerSecond:0} /s**{Ratio(TransitionsPerSecond, PgBenchTps, "pgbench upserts")}.{ServerCpu(CpuPerMutation, "mutation")}");
            s.AppendLine();
            Table(s, Journeys);
        }
        if (Queries.Count > 0)
        {
            var q = Queries.FirstOrDefault(x => x.Operation == "query journey(id)");
            s.AppendLine(c, $"`journey(id)` queries: **{q?.PerSecond ?? 0:0} /s**{Ratio(q?.PerSecond ?? 0, BareKestrelRps, "bare Kestrel")}.{ServerCpu(CpuPerQuery, "query")}");
            s.AppendLine();
            Table(s, Queries);
        }
        if (Archive.Count > 0)
        {
            s.AppendLine(c, $"Archive: {ArchiveSize:N0} journeys stored; {Archive[0].Count:N0} distinct ones read once each (each read activates a grain from storage); {ArchiveMismatches} not as stored.");
            s.AppendLine();
            Table(s, Archive);
        }
        if (FanOut is { } f)
        {
            var mutation = FanOutMutation is { } m ? string.Create(c, $" The mutations themselves: p50 {m.P50:0.0} ms, max {m.Max:0.0} ms.") : "";
            var bare = BareFanOut is { } b ? string.Create(c, $" (bare Kestrel broadcast to as many sockets: p99 {b.P99:0.0} ms, ×{f.P99 / b.P99:0.00})") : "";
            s.AppendLine(c, $"Fan-out: {Subscribers} subscribers on one gateway, {DeliveriesReceived} of {DeliveriesExpected} deliveries; "
                + $"latency p50 {f.P50:0.0} ms, p95 {f.P95:0.0} ms, **p99 {f.P99:0.0} ms**, max {f.Max:0.0} ms{bare}.{mutation}{Cpu(FanOutCpuPerDelivery, BareFanOutCpuPerDelivery)}");
            s.AppendLine();
        }
        if (PgBenchTps is { } pg) s.AppendLine(c, $"Ceiling: pgbench 1 KB upsert, {Options.Users} clients: {pg:0} tx/s.");
        if (BareKestrelRps is { } k) s.AppendLine(c, $"Ceiling: bare Kestrel, same JSON, {Options.Users} connections: {k:0} req/s.");
        if (BareFanOut is { } bf)
            s.AppendLine(c, $"Ceiling: bare Kestrel broadcasting the same frame to {Subscribers} WebSockets: p50 {bf.P50:0.0} ms, p95 {bf.P95:0.0} ms, p99 {bf.P99:0.0} ms, max {bf.Max:0.0} ms.");
        return s.ToString();
    }

    private static string Cpu(double? ours, double? bare) => ours is not { } o ? ""
        : string.Create(CultureInfo.InvariantCulture, $" Gateway CPU per delivery: {o:0.0} µs") + (bare is { } b ? string.Create(CultureInfo.InvariantCulture, $" (bare server {b:0.0} µs, ×{o / b:0.00}).") : ".");

    private static string ServerCpu(double? us, string what) =>
        us is { } u ? string.Create(CultureInfo.InvariantCulture, $" Server CPU per {what}: {u:0} µs.") : "";

    private static string Ratio(double value, double? ceiling, string what) =>
        ceiling is { } c && c > 0 ? string.Create(CultureInfo.InvariantCulture, $" = {100 * value / c:0}% of {what} ({c:0} /s)") : "";

    private static void Table(StringBuilder s, IReadOnlyList<OperationStats> stats)
    {
        s.AppendLine("| operation | count | errors | /s | p50 ms | p95 ms | p99 ms | max ms |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var x in stats)
            s.AppendLine(CultureInfo.InvariantCulture,
                $"| {x.Operation} | {x.Count} | {x.Errors} | {x.PerSecond:0} | {x.P50:0.0} | {x.P95:0.0} | {x.P99:0.0} | {x.Max:0.0} |");
        s.AppendLine();
    }
}
