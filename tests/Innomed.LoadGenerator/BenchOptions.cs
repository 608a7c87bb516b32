using System.Globalization;

namespace Innomed.LoadGenerator;

/// <summary>Command line: <c>--name value</c> pairs; every option has a default that suits a 2-core machine.</summary>
public sealed record BenchOptions
{
    public Uri Target { get; init; } = new("http://127.0.0.1:5080");
    public int Users { get; init; } = 64;
    public int Subscribers { get; init; } = 1000;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Unmeasured journeys before the journeys phase, as a server that has been running: the runtime recompiles its hot paths.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Journeys started per second across all users; 0: as fast as possible.</summary>
    public double Rate { get; init; }
    public string SigningKey { get; init; } = "";
    public string Issuer { get; init; } = "https://bench.innomed.local";
    public string Audience { get; init; } = "innomed-api";
    /// <summary>PostgreSQL for the pgbench ceiling (libpq URI or key=value); none: skipped.</summary>
    public string? PgBench { get; init; }
    public string Output { get; init; } = "artifacts/bench";
    public string Phases { get; init; } = "journeys,queries,fanout,baselines";
    /// <summary>Fault mode: how many journeys to drive, each within this time, with or without one subscriber each.</summary>
    public int Journeys { get; init; } = 300;
    public TimeSpan JourneyTimeout { get; init; } = TimeSpan.FromSeconds(120);
    public bool Subscribe { get; init; }
    /// <summary>Archive phase: how many journeys the silo archived (ids 0..n-1), and how many distinct ones to read.</summary>
    public long Archive { get; init; }
    public long ArchiveReads { get; init; } = 20_000;
    /// <summary>The server's process on this machine (scripts/bench.sh passes it): the report gives its CPU time per operation, and each phase waits for it to go quiet.</summary>
    public int? ServerPid { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var v = args[i + 1];
            o = args[i] switch
            {
                "--target" => o with { Target = new Uri(v) },
                "--users" => o with { Users = int.Parse(v, CultureInfo.InvariantCulture) },
                "--subscribers" => o with { Subscribers = int.Parse(v, CultureInfo.InvariantCulture) },
                "--duration" => o with { Duration = TimeSpan.FromSeconds(double.Parse(v, CultureInfo.InvariantCulture)) },
                "--warmup" => o with { WarmUp = TimeSpan.FromSeconds(double.Parse(v, CultureInfo.InvariantCulture)) },
                "--rate" => o with { Rate = double.Parse(v, CultureInfo.InvariantCulture) },
                "--signing-key" => o with { SigningKey = v },
                "--issuer" => o with { Issuer = v },
                "--audience" => o with { Audience = v },
                "--pgbench" => o with { PgBench = v },
                "--output" => o with { Output = v },
                "--phases" => o with { Phases = v },
                "--server-pid" => o with { ServerPid = int.Parse(v, CultureInfo.InvariantCulture) },
                "--journeys" => o with { Journeys = int.Parse(v, CultureInfo.InvariantCulture) },
                "--journey-timeout" => o with { JourneyTimeout = TimeSpan.FromSeconds(double.Parse(v, CultureInfo.InvariantCulture)) },
                "--subscribe" => o with { Subscribe = bool.Parse(v) },
                "--archive" => o with { Archive = long.Parse(v, CultureInfo.InvariantCulture) },
                "--archive-reads" => o with { ArchiveReads = long.Parse(v, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }
        return o;
    }

    public bool Runs(string phase) => Phases.Split(',').Contains(phase, StringComparer.OrdinalIgnoreCase);
}
