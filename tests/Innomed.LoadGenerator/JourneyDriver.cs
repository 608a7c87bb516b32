using System.Collections.Concurrent;
using System.Diagnostics;

namespace Innomed.LoadGenerator;

/// <summary>
/// Virtual users driving whole journeys: a GP starts, triages, takes charge and refers to a unit;
/// the unit accepts, schedules, starts and completes (the journey moves to follow-up); the GP reads
/// it and closes it. The driver keeps its own model of what each journey must end as (CLOSED at
/// version 9: one event per accepted command) and checks it against the server at the end.
/// </summary>
public sealed class JourneyDriver(GraphQLClient client, Tokens tokens, BenchOptions options)
{
    public const int FinalVersion = 9;
    private readonly string _gp = tokens.For(Tokens.Gp, "Gp");
    private readonly string _unit = tokens.For("staff-bench", "HospitalStaff", Tokens.Unit);

    public ConcurrentBag<string> Closed { get; } = [];
    public int Abandoned;

    public async Task RunAsync(TimeSpan duration)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perUser = options.Rate > 0 ? TimeSpan.FromSeconds(options.Users / options.Rate) : TimeSpan.Zero;
        await Task.WhenAll(Enumerable.Range(0, options.Users).Select(async user =>
        {
            // At a target rate, users start spread over one period: in step, they would arrive in bursts.
            if (perUser > TimeSpan.Zero) await Task.Delay(perUser * user / options.Users);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                if (await OneJourneyAsync() is { } id) Closed.Add(id);
                else Interlocked.Increment(ref Abandoned);
                var wait = perUser - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
            }
        }));
    }

    /// <summary>One journey end to end; null when any step failed (the rest is abandoned).</summary>
    public async Task<string?> OneJourneyAsync()
    {
        var start = await client.SendAsync("startJourney", _gp, """
            mutation { startJourney(input: { territoryId: "demo", patient: { familyName: "Bench", givenName: "Load", birthDate: "1970-01-01" } }) { journey { id } } }
            """);
        if (start?["startJourney"]?["journey"]?["id"]?.GetValue<string>() is not { } id) return null;
        var j = new { j = id };
        if (await client.SendAsync("submitTriage", _gp, "mutation($j: ID!) { submitTriage(input: { journeyId: $j, level: SEMI_URGENT }) { journey { version } } }", j) is null) return null;
        if (await client.SendAsync("takeCharge", _gp, $"mutation($j: ID!) {{ takeCharge(input: {{ journeyId: $j, practitionerId: \"{Tokens.Gp}\" }}) {{ journey {{ version }} }} }}", j) is null) return null;
        var refer = await client.SendAsync("refer", _gp, $"mutation($j: ID!) {{ refer(input: {{ journeyId: $j, performer: {{ unitId: \"{Tokens.Unit}\" }}, reason: \"Avis\", priority: URGENT }}) {{ step {{ id }} }} }}", j);
        if (refer?["refer"]?["step"]?["id"]?.GetValue<string>() is not { } step) return null;
        var slot = DateTimeOffset.UtcNow.AddDays(1);
        foreach (var (action, extra) in new[]
                 {
                     ("ACCEPT", ""), ("SCHEDULE", $", slot: {{ start: \"{slot:O}\", end: \"{slot.AddMinutes(30):O}\" }}"),
                     ("START", ""), ("COMPLETE", ", report: \"Compte rendu\""),
                 })
        {
            var ok = await client.SendAsync($"updateStep {action}", _unit,
                $"mutation($j: ID!, $s: ID!) {{ updateStep(input: {{ journeyId: $j, stepId: $s, action: {action}{extra} }}) {{ step {{ status }} }} }}",
                new { j = id, s = step });
            if (ok is null) return null;
        }
        if (await client.SendAsync("journey(id)", _gp, "query($j: ID!) { journey(id: $j) { id stage version steps { id kind status } } }", j) is null) return null;
        if (await client.SendAsync("closeJourney", _gp, "mutation($j: ID!) { closeJourney(input: { journeyId: $j, outcome: \"Résolu\" }) { journey { stage } } }", j) is null) return null;
        return id;
    }

    /// <summary>Reads every closed journey back: anything but CLOSED at version 9 is a lost or duplicated transition.</summary>
    public async Task<(int Checked, int Mismatches)> VerifyAsync()
    {
        var mismatches = 0;
        var ids = Closed.ToArray();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) =>
        {
            var data = await client.SendAsync("verify", _gp, "query($j: ID!) { journey(id: $j) { stage version } }", new { j = id });
            if (data?["journey"]?["stage"]?.GetValue<string>() != "CLOSED" || data["journey"]!["version"]!.GetValue<int>() != FinalVersion)
                Interlocked.Increment(ref mismatches);
        });
        return (ids.Length, mismatches);
    }

    /// <summary><c>journey(id)</c> reads of journeys that exist, by every user, for the duration.</summary>
    public async Task ReadAsync(TimeSpan duration)
    {
        var ids = Closed.ToArray();
        if (ids.Length == 0) return;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, options.Users).Select(async u =>
        {
            var n = u;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                n = (n + 7919) % ids.Length;
                await client.SendAsync("query journey(id)", _gp, "query($j: ID!) { journey(id: $j) { id stage version steps { id kind status } } }", new { j = ids[n] });
            }
        }));
    }

    public string GpToken => _gp;
}
