using System.Diagnostics;
using Innomed.LoadGenerator;

// Drives an Innomed gateway (see scripts/bench.sh, which starts one on PostgreSQL) and measures the
// machine's ceilings in the same run. Usage: --target URL --signing-key BASE64 [--users 64]
// [--subscribers 1000] [--duration 30] [--warmup 10] [--rate 0] [--server-pid PID] [--pgbench CONN] [--phases journeys,queries,fanout,baselines]
// Archive (silo started with Innomed:Bench:ArchiveJourneys=N): --phases archive --archive N [--archive-reads 20000]
// Fault mode: --phases faults --journeys 300 --rate 10 [--subscribe true] [--journey-timeout 120]
if (args is [BareBroadcastServer.Argument])
{
    await BareBroadcastServer.ServeAsync();
    return 0;
}
var options = BenchOptions.Parse(args);
if (string.IsNullOrEmpty(options.SigningKey)) throw new ArgumentException("--signing-key is required (the gateway's Innomed:Auth:SigningKeys:0).");
var tokens = new Tokens(options);
using var http = Http.Client(options.Target, options.Users);
if (options.Runs("faults"))
{
    // Fault mode (scripts/faults/*.sh): journeys with a model, safe retries, subscribers; exit 1 on a violation.
    return await new FaultRun(http, tokens, options).RunAsync();
}
var report = new Report { At = DateTimeOffset.UtcNow, Machine = Report.DescribeMachine(), Options = options };

using var server = new ServerCpu(options.ServerPid);
var journeyLatencies = new Latencies();
var driver = new JourneyDriver(new GraphQLClient(http, journeyLatencies), tokens, options);
if (options.Runs("journeys"))
{
    Console.Error.WriteLine($"journeys: {options.Users} users for {options.Duration.TotalSeconds} s");
    if (options.WarmUp > TimeSpan.Zero)
        await new JourneyDriver(new GraphQLClient(http, new Latencies()), tokens, options).RunAsync(options.WarmUp);
    else
        await driver.OneJourneyAsync();
    await server.SettleAsync("journeys");
    var started = Stopwatch.GetTimestamp();
    var cpuFrom = server.Time();
    await driver.RunAsync(options.Duration);
    var elapsed = Stopwatch.GetElapsedTime(started);
    var stats = journeyLatencies.Summarise(elapsed);
    var mutations = stats.Where(s => s.Operation != "journey(id)").Sum(s => (long)s.Count);
    var mutationCpu = server.PerOperation(cpuFrom, mutations);
    var (verified, mismatches) = await driver.VerifyAsync();
    report = report with
    {
        Journeys = stats.Where(s => s.Operation != "verify").ToArray(), JourneysClosed = driver.Closed.Count, JourneysAbandoned = driver.Abandoned,
        VerifiedJourneys = verified, ModelMismatches = mismatches,
        TransitionsPerSecond = mutations / elapsed.TotalSeconds, CpuPerMutation = mutationCpu,
    };
}
if (options.Runs("queries"))
{
    if (driver.Closed.IsEmpty) for (var i = 0; i < 50; i++) if (await driver.OneJourneyAsync() is { } id) driver.Closed.Add(id);
    Console.Error.WriteLine("queries: journey(id)");
    var queryLatencies = new Latencies();
    var reader = new JourneyDriver(new GraphQLClient(http, queryLatencies), tokens, options);
    foreach (var id in driver.Closed) reader.Closed.Add(id);
    await server.SettleAsync("queries");
    var started = Stopwatch.GetTimestamp();
    var cpuFrom = server.Time();
    await reader.ReadAsync(options.Duration);
    var queries = queryLatencies.Summarise(Stopwatch.GetElapsedTime(started));
    report = report with { Queries = queries, CpuPerQuery = server.PerOperation(cpuFrom, queries.Sum(q => (long)q.Count)) };
}
if (options.Runs("archive") && options.Archive > 0)
{
    Console.Error.WriteLine($"archive: reading {Math.Min(options.ArchiveReads, options.Archive)} of {options.Archive} archived journeys");
    var archiveLatencies = new Latencies();
    var started = Stopwatch.GetTimestamp();
    var (_, archiveMismatches) = await new ArchiveProbe(new GraphQLClient(http, archiveLatencies), tokens, options).RunAsync();
    report = report with
    {
        Archive = archiveLatencies.Summarise(Stopwatch.GetElapsedTime(started)), ArchiveSize = options.Archive, ArchiveMismatches = archiveMismatches,
    };
}
if (options.Runs("fanout") && options.Subscribers > 0)
{
    await server.SettleAsync("fan-out");
    Console.Error.WriteLine($"fan-out: {options.Subscribers} subscribers");
    var fanLatencies = new Latencies();
    var probe = new FanOutProbe(options, new GraphQLClient(http, fanLatencies), tokens);
    var (connected, received, expected) = await probe.RunAsync(fanLatencies);
    report = report with
    {
        FanOut = fanLatencies.Summarise(TimeSpan.FromSeconds(1)).FirstOrDefault(s => s.Operation == "fan-out delivery"),
        FanOutMutation = fanLatencies.Summarise(TimeSpan.FromSeconds(1)).FirstOrDefault(s => s.Operation == "fanout mutation"),
        Subscribers = connected, DeliveriesReceived = received, DeliveriesExpected = expected, FanOutCpuPerDelivery = probe.ServerCpuPerDelivery,
    };
}
if (options.Runs("baselines"))
{
    Console.Error.WriteLine("baselines: pgbench, bare Kestrel");
    var sample = driver.Closed.FirstOrDefault();
    var body = "{\"data\":{\"journey\":null}}";
    if (sample is not null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                query = "query($j: ID!) { journey(id: $j) { id stage version steps { id kind status } } }", variables = new { j = sample },
            }),
        };
        request.Headers.Authorization = new("Bearer", driver.GpToken);
        using var response = await http.SendAsync(request);
        body = await response.Content.ReadAsStringAsync();
    }
    report = report with { PgBenchTps = await Baselines.PgBenchAsync(options, options.Users), BareKestrelRps = await Baselines.BareKestrelAsync(options, body) };
    if (options.Runs("fanout") && options.Subscribers > 0)
    {
        Console.Error.WriteLine($"baselines: bare Kestrel broadcast to {options.Subscribers} WebSockets");
        var (bareFanOut, bareCpu) = await Baselines.BareBroadcastAsync(options);
        report = report with { BareFanOut = bareFanOut, BareFanOutCpuPerDelivery = bareCpu };
    }
}

await report.WriteAsync(options.Output);
Console.WriteLine(report.ToMarkdown());
return report.ModelMismatches == 0 && report.ArchiveMismatches == 0 ? 0 : 1;
