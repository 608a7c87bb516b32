using Innomed.Grains;
using Innomed.Grains.Capacity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Innomed.IntegrationTests.Capacity;

/// <summary>What both history tables must do, run against PostgreSQL and SQLite.</summary>
internal static class CapacityHistoryContract
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static CapacitySample Sample(string unit, DateTimeOffset at, int occupied) => new()
    {
        UnitId = unit, TerritoryId = "demo", RecordedAt = at, BedsTotal = 26, BedsOccupied = occupied, ErWaiting = 3,
        ErLongestWaitMinutes = 45, DoctorsOnDuty = 2,
        Beds = [new BedCount(BedType.Icu, 20, occupied - 5), new BedCount(BedType.Usi, 6, 5)],
    };

    public static async Task RoundTripsSkipsDuplicatesAndCarriesForwardAsync(ICapacityHistoryStore store)
    {
        var unit = $"u-{Guid.NewGuid():N}";
        // Microsecond precision: what the unit grain stamps.
        var odd = T0.AddTicks(1234560);
        await store.AppendAsync([Sample(unit, T0.AddHours(-1), 10), Sample(unit, odd, 11), Sample(unit, T0.AddHours(1), 12)], CancellationToken.None);
        // A retry after a lost acknowledgement: the same rows again, plus a new one.
        await store.AppendAsync([Sample(unit, odd, 99), Sample(unit, T0.AddHours(2), 13)], CancellationToken.None);
        await store.AppendAsync([Sample($"{unit}-other", T0.AddMinutes(5), 20)], CancellationToken.None);

        var read = await store.ReadAsync(unit, T0, T0.AddHours(2), CancellationToken.None);
        read.Select(s => s.BedsOccupied).ShouldBe([10, 11, 12]); // the one before from, then [from, to)
        read[1].RecordedAt.ShouldBe(odd);
        read[1].ShouldBe(Sample(unit, odd, 11) with { Beds = read[1].Beds });
        read[1].Beds.ShouldBe(Sample(unit, odd, 11).Beds);

        var points = CapacityBuckets.Aggregate(read, T0, T0.AddHours(2), CapacityBucket.Hour);
        points.Select(p => p.BedsOccupied).ShouldBe([11, 12]);
        points[0].BedsOccupiedMax.ShouldBe(11);
    }

    public static async Task PurgesOnlyExpiredSamplesAsync(ICapacityHistoryStore store)
    {
        var unit = $"u-{Guid.NewGuid():N}";
        await store.AppendAsync([Sample(unit, T0.AddDays(-100), 1), Sample(unit, T0.AddDays(-10), 2)], CancellationToken.None);
        (await store.PurgeAsync(T0.AddDays(-90), CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        var left = await store.ReadAsync(unit, T0.AddDays(-200), T0, CancellationToken.None);
        left.Select(s => s.BedsOccupied).ShouldBe([2]);
    }

    /// <summary>Many units writing at once through the group-commit writer: every sample lands once.</summary>
    public static async Task WriterStoresConcurrentBatchesAsync(ICapacityHistoryStore store)
    {
        var options = Options.Create(new CapacityHistoryOptions { BatchSize = 50 });
        await using var writer = new CapacityHistoryWriter(store, options, TimeProvider.System, NullLogger<CapacityHistoryWriter>.Instance);
        var prefix = $"w-{Guid.NewGuid():N}";
        // Recent: the writer purges what is older than the retention as it goes.
        var t0 = CapacityBuckets.Floor(DateTimeOffset.UtcNow, CapacityBucket.Hour);
        var writes = Enumerable.Range(0, 40).Select(u => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++) await writer.WriteAsync([Sample($"{prefix}-{u}", t0.AddMinutes(i), 10 + i)]);
        }));
        await Task.WhenAll(writes);
        for (var u = 0; u < 40; u++)
        {
            var read = await store.ReadAsync($"{prefix}-{u}", t0, t0.AddHours(1), CancellationToken.None);
            read.Select(s => s.BedsOccupied).ShouldBe(Enumerable.Range(10, 10), $"unit {u}");
        }
    }
}
