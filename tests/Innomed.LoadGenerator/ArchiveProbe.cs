using System.Collections.Concurrent;

namespace Innomed.LoadGenerator;

/// <summary>
/// Reads journeys of the archive the silo seeded (Innomed:Bench:ArchiveJourneys, see
/// silo/Innomed.Silo/Bench/ArchiveSeeder.cs): each a distinct journey read once, so every read
/// activates a grain from storage. Shows how reads behave as stored journeys grow, and leaves that
/// many grains active (the script then reads the silo's memory). Each must be CLOSED at version 4.
/// </summary>
public sealed class ArchiveProbe(GraphQLClient client, Tokens tokens, BenchOptions options)
{
    /// <summary>The seeder's formula (ArchiveSeeder.JourneyId).</summary>
    public static Guid JourneyId(long i) => Guid.Parse($"00000000-0000-4000-8000-{i:x12}");

    public async Task<(int Read, int Mismatches)> RunAsync()
    {
        var gp = tokens.For(Tokens.Gp, "Gp");
        var count = (int)Math.Min(options.ArchiveReads, options.Archive);
        // Distinct ids spread over the whole archive: a stride coprime with its size visits each once.
        var stride = 7_919L;
        while (Gcd(stride, options.Archive) != 1) stride += 2;
        var next = -1;
        var mismatches = 0;
        var read = 0;
        await Task.WhenAll(Enumerable.Range(0, options.Users).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < count)
            {
                var id = JourneyId(n * stride % options.Archive);
                var data = await client.SendAsync("archive journey(id), cold", gp, "query($j: ID!) { journey(id: $j) { id stage version } }", new { j = id });
                if (data is null) continue;
                Interlocked.Increment(ref read);
                var journey = data["journey"];
                if (journey?["stage"]?.GetValue<string>() != "CLOSED" || journey["version"]?.GetValue<int>() != 4) Interlocked.Increment(ref mismatches);
            }
        }));
        return (read, mismatches);
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
