using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Innomed.LoadGenerator;

/// <summary>
/// The machine's ceilings, measured in the same run so results are ratios that hold on a noisy
/// machine: pgbench upserts of a ≈1 KB row at the server's durability, a bare Kestrel endpoint
/// answering the same JSON a <c>journey(id)</c> query returns, and a bare Kestrel broadcast of the
/// same <c>next</c> frame to as many WebSockets.
/// </summary>
public static partial class Baselines
{
    public static async Task<double?> PgBenchAsync(BenchOptions options, int clients)
    {
        if (options.PgBench is null) return null;
        var pgbench = new[] { "/usr/lib/postgresql/15/bin/pgbench", "/usr/bin/pgbench" }.FirstOrDefault(File.Exists);
        if (pgbench is null) return null;
        var psql = Path.Combine(Path.GetDirectoryName(pgbench)!, "psql");
        if (!File.Exists(psql)) psql = "/usr/bin/psql";
        await RunAsync(psql, $"\"{options.PgBench}\" -q -c \"CREATE TABLE IF NOT EXISTS bench_journey (id int PRIMARY KEY, doc text NOT NULL)\"");
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script,
            "\\set id random(1, 100000)\nINSERT INTO bench_journey VALUES (:id, repeat('x', 1000)) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc;\n");
        var output = await RunAsync(pgbench, $"-n -c {clients} -j 2 -T {(int)Math.Max(5, options.Duration.TotalSeconds / 2)} -f {script} \"{options.PgBench}\"");
        File.Delete(script);
        var match = Tps().Match(output);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Requests per second of a bare Kestrel endpoint returning <paramref name="body"/>, driven like the gateway.</summary>
    public static async Task<double> BareKestrelAsync(BenchOptions options, string body)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost("/graphql", () => Results.Text(body, "application/graphql-response+json"));
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        using var http = Http.Client(address, options.Users);
        // Warmed up like the gateway (whose journeys phase is preceded by unmeasured ones).
        await DriveAsync(new GraphQLClient(http, new Latencies()), options.Users, TimeSpan.FromSeconds(3));
        var latencies = new Latencies();
        var started = Stopwatch.GetTimestamp();
        await DriveAsync(new GraphQLClient(http, latencies), options.Users, TimeSpan.FromSeconds(Math.Max(5, options.Duration.TotalSeconds / 2)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return latencies.Summarise(elapsed).Single(s => s.Operation == "bare").PerSecond;
    }

    private static Task DriveAsync(GraphQLClient client, int users, TimeSpan duration)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, users).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < deadline) await client.SendAsync("bare", "x", "{ x }");
        }));
    }

    /// <summary>
    /// Delivery latency of a bare Kestrel server (<see cref="BareBroadcastServer"/>, a process of its
    /// own like the gateway: 10,000 sockets on each side do not fit one process's descriptors) that
    /// sends one prebuilt <c>next</c> frame to every socket when told to, measured by the fan-out probe
    /// with the same number of subscribers: the least one WebSocket message per socket costs here.
    /// </summary>
    public static async Task<(OperationStats? Latency, double? CpuPerDelivery)> BareBroadcastAsync(BenchOptions options)
    {
        using var server = Process.Start(new ProcessStartInfo(Environment.ProcessPath!)
        {
            ArgumentList = { typeof(Baselines).Assembly.Location, BareBroadcastServer.Argument },
            RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false,
        })!;
        try
        {
            var address = new Uri(await server.StandardOutput.ReadLineAsync() ?? throw new IOException("The broadcast server did not start."));
            using var http = Http.Client(address, 4);
            var latencies = new Latencies();
            var probe = new FanOutProbe(options, new GraphQLClient(http, latencies), new Tokens(options));
            await probe.RunAsync(latencies, address, "bare", "bare",
                async version => (await http.PostAsync($"/publish/{version}", null)).EnsureSuccessStatusCode(), server: server);
            return (latencies.Summarise(TimeSpan.FromSeconds(1)).FirstOrDefault(s => s.Operation == "fan-out delivery"), probe.ServerCpuPerDelivery);
        }
        finally
        {
            server.StandardInput.Close(); // the server's signal to stop
            if (!server.WaitForExit(10_000)) server.Kill();
        }
    }

    private static async Task<string> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await stdout + await stderr;
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex Tps();
}
