using System.Diagnostics;
using Innomed.Grains;
using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;
using Innomed.Silo.Demo;
using Orleans.Storage;

namespace Innomed.Silo.Bench;

/// <summary>
/// Benchmark only (issue 7: "1,000,000 journeys stored"; latency as stored journeys grow): writes
/// closed journeys of territory <c>demo</c> straight through the grain storage, as the journey
/// grain would have stored them, without activating grains or touching indexes (an archive of
/// past journeys). Ids are <see cref="JourneyId"/>(i) for i in [From, From + Count), so runs can
/// grow the archive step by step and the load generator can read them back. Off unless
/// <c>Innomed:Bench:ArchiveJourneys</c> is set; writes <c>Innomed:Bench:ArchiveDoneFile</c> when done.
/// </summary>
public sealed class ArchiveSeeder(IServiceProvider services, IConfiguration configuration, ILogger<ArchiveSeeder> logger) : BackgroundService
{
    /// <summary>The same formula is in the load generator (tests/Innomed.LoadGenerator/ArchiveProbe.cs).</summary>
    public static Guid JourneyId(long i) => Guid.Parse($"00000000-0000-4000-8000-{i:x12}");

    private static readonly PatientIdentity Patient = new("Archive", "Patient", new DateOnly(1970, 1, 1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var count = configuration.GetValue<long>("Innomed:Bench:ArchiveJourneys");
        if (count <= 0) return;
        var from = configuration.GetValue<long>("Innomed:Bench:ArchiveFrom");
        var parallelism = configuration.GetValue("Innomed:Bench:ArchiveParallelism", 16);
        var storage = services.GetRequiredKeyedService<IGrainStorage>(GrainServices.Storage);
        var gp = DemoDirectory.Practitioners.First(p => p.Id == DemoDirectory.FirstGp);
        var started = Stopwatch.GetTimestamp();
        long written = 0;
        await Parallel.ForAsync(from, from + count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = stoppingToken },
            async (i, _) =>
            {
                var id = JourneyId(i);
                var state = Closed(id, i, gp);
                try
                {
                    await storage.WriteStateAsync("journey", GrainId.Create("journey", id.ToString("N")), new GrainState<JourneyState>(state));
                }
                catch (InconsistentStateException)
                {
                    return; // already archived by an earlier run over the same range
                }
                var done = Interlocked.Increment(ref written);
                if (done % 50_000 == 0) logger.LogWarning("Archive: {Written} of {Count} journeys written", done, count);
            });
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        logger.LogWarning("Archive: {Count} journeys written in {Seconds:0.0} s ({Rate:0}/s)", count, seconds, count / seconds);
        if (configuration["Innomed:Bench:ArchiveDoneFile"] is { Length: > 0 } file)
            await File.WriteAllTextAsync(file, $"{count} {seconds:0.0}", stoppingToken);
    }

    /// <summary>A journey run through the real workflow: started, triaged, taken in charge, closed, days ago.</summary>
    private static JourneyState Closed(Guid id, long i, PractitionerProfile gp)
    {
        var state = new JourneyState();
        var at = DateTimeOffset.UtcNow.AddDays(-(1 + i % 365)).AddMinutes(-(i % 600));
        var gpActor = new Actor(gp.Id, ActorRole.Gp);
        new JourneyWorkflow(state, at).Start(id, Patient, DemoDataSeeder.Territory, gpActor);
        var level = (TriageLevel)(1 + i % 3); // urgent, semi-urgent, non-urgent
        new JourneyWorkflow(state, at.AddMinutes(2)).SubmitTriage(new TriageSubmission { Level = level, Answers = [new("reason", "Toux et fièvre")] }, gpActor);
        new JourneyWorkflow(state, at.AddMinutes(30)).TakeCharge(gp, gpActor);
        new JourneyWorkflow(state, at.AddHours(2)).Close("Traité en soins primaires", gpActor);
        state.IndexedVersion = state.Version; // an archive: nothing for the indexes to catch up on
        return state;
    }
}
