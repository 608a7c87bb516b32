using Innomed.Grains;
using Innomed.Grains.Capacity;
using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;
using Innomed.Grains.Triage;

namespace Innomed.Silo.Demo;

/// <summary>
/// Synthetic history for the demo dashboards (deterministic, no patient behind it): 30 days of hourly
/// capacity per unit written straight into the history table, and 4 weeks of triage counts per
/// category written straight into the territory's epidemiology aggregate (the per-day counters, which
/// hold journey ids, stay for real triages), with respiratory complaints rising over the last week.
/// </summary>
internal static class DemoHistory
{
    public const int CapacityDays = 30;
    public const int EpidemiologyDays = 28;

    /// <summary>The demo units publish their beds by type.</summary>
    public static UnitCapacity WithBeds(HospitalUnitProfile unit, UnitCapacity capacity) => unit.Kind switch
    {
        UnitKind.Icu => capacity with { Beds = [new BedCount(BedType.Icu, capacity.BedsTotal, capacity.BedsOccupied)] },
        UnitKind.Usi => capacity with { Beds = [new BedCount(BedType.Usi, capacity.BedsTotal, capacity.BedsOccupied)] },
        UnitKind.Conventional => capacity with
        {
            Beds =
            [
                new BedCount(BedType.Conventional, capacity.BedsTotal - 6, capacity.BedsOccupied - 5),
                new BedCount(BedType.Usi, 6, 5),
            ],
        },
        UnitKind.Emergency => capacity with { Beds = [new BedCount(BedType.ShortStay, capacity.BedsTotal, capacity.BedsOccupied)] },
        _ => capacity,
    };

    public static async Task SeedCapacityAsync(ICapacityHistoryStore store, IEnumerable<(HospitalUnitProfile Unit, UnitCapacity Capacity)> units,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var random = new Random(6);
        var start = CapacityBuckets.Floor(now, CapacityBucket.Hour).AddDays(-CapacityDays);
        var samples = new List<CapacitySample>();
        foreach (var (unit, current) in units)
        {
            var capacity = WithBeds(unit, current);
            if (capacity.BedsTotal == 0 && capacity.ErWaiting == 0) continue;
            for (var at = start; at < now.AddHours(-1); at = at.AddHours(1))
            {
                // Busier in the afternoon and on Mondays; a little noise.
                var hour = at.ToOffset(TimeSpan.FromHours(1)).Hour;
                var load = 0.8 + 0.12 * Math.Sin((hour - 9) / 24.0 * 2 * Math.PI) + (at.DayOfWeek == DayOfWeek.Monday ? 0.05 : 0)
                    + (random.NextDouble() - 0.5) * 0.08;
                int Scale(int value) => Math.Max(0, (int)Math.Round(value * load));
                var beds = capacity.Beds.Select(b => b with { Occupied = Math.Min(b.Total + 2, Scale(b.Occupied)) }).ToArray();
                samples.Add(new CapacitySample
                {
                    UnitId = unit.Id, TerritoryId = unit.TerritoryId, RecordedAt = at,
                    BedsTotal = capacity.BedsTotal,
                    BedsOccupied = beds.Length > 0 ? beds.Sum(b => b.Occupied) : Math.Min(capacity.BedsTotal, Scale(capacity.BedsOccupied)),
                    ErWaiting = Scale(capacity.ErWaiting), ErLongestWaitMinutes = Scale(capacity.ErLongestWaitMinutes),
                    DoctorsOnDuty = capacity.DoctorsOnDuty, Beds = beds,
                });
            }
        }
        foreach (var chunk in samples.Chunk(1000)) await store.AppendAsync(chunk, cancellationToken);
    }

    public static async Task SeedEpidemiologyAsync(IGrainFactory grains, string territoryId, DateOnly today)
    {
        var random = new Random(7);
        var epidemiology = grains.GetGrain<IEpidemiologyGrain>(territoryId);
        // Typical daily counts of a CPTS of ~100,000 people; small categories sit under k on purpose.
        var baseline = new Dictionary<SymptomCategory, double>
        {
            [SymptomCategory.Cardiovascular] = 5, [SymptomCategory.Neurological] = 4, [SymptomCategory.Respiratory] = 9,
            [SymptomCategory.MentalHealth] = 3, [SymptomCategory.Trauma] = 8, [SymptomCategory.Digestive] = 7,
            [SymptomCategory.Urinary] = 3, [SymptomCategory.FeverInfection] = 10, [SymptomCategory.Skin] = 2,
            [SymptomCategory.Ent] = 6, [SymptomCategory.Other] = 4,
        };
        for (var ago = EpidemiologyDays; ago >= 1; ago--)
        {
            var day = today.AddDays(-ago);
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.7 : 1.0;
            var counts = new int[EpidemiologySeries.Categories.Count];
            foreach (var (category, mean) in baseline)
            {
                var rise = category == SymptomCategory.Respiratory && ago <= 7 ? 1.0 + (8 - ago) * 0.15 : 1.0;
                counts[(int)category] = Math.Max(0, (int)Math.Round(mean * weekend * rise + (random.NextDouble() - 0.5) * mean * 0.5));
            }
            await epidemiology.ApplyDayAsync(day, 1, counts);
        }
    }

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(LocalTime.ToLocal(now, "Europe/Paris").DateTime);
}
