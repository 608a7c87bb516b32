using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Innomed.LoadGenerator;

/// <summary>
/// The machine's ceilings, measured in the same run so results are ratios that hold on a noisy
/// machine: pgbench upserts of a ≈1 KB row at the server's durability, and a bare Kestrel endpoint
/// answering the same JSON a <c>journey(id)</c> query returns.
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
        var latencies = new Latencies();
        var client = new GraphQLClient(http, latencies);
        var duration = TimeSpan.FromSeconds(Math.Max(5, options.Duration.TotalSeconds / 2));
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, options.Users).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < deadline) await client.SendAsync("bare", "x", "{ x }");
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return latencies.Summarise(elapsed).Single(s => s.Operation == "bare").PerSecond;
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
