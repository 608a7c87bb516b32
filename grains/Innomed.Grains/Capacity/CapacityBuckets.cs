using Innomed.Grains.Errors;

namespace Innomed.Grains.Capacity;

/// <summary>
/// Chart points from raw samples. Capacity is a level that holds until the next publication, so a
/// bucket's values are the ones in force at its end (carried forward from the last earlier sample
/// when none fell inside), and its maxima cover every value in force during it. Buckets start on
/// UTC boundaries of their width; buckets before the unit's first sample are left out.
/// </summary>
public static class CapacityBuckets
{
    public const int MaxPoints = 3000;

    public static TimeSpan Width(CapacityBucket bucket) => bucket switch
    {
        CapacityBucket.FifteenMinutes => TimeSpan.FromMinutes(15),
        CapacityBucket.Hour => TimeSpan.FromHours(1),
        CapacityBucket.SixHours => TimeSpan.FromHours(6),
        CapacityBucket.Day => TimeSpan.FromDays(1),
        _ => throw new InvalidInputException("bucket", "Unknown bucket."),
    };

    /// <summary>The first bucket start at or before <paramref name="instant"/>.</summary>
    public static DateTimeOffset Floor(DateTimeOffset instant, CapacityBucket bucket)
    {
        var ticks = Width(bucket).Ticks;
        var utc = instant.UtcTicks;
        return new DateTimeOffset(utc - utc % ticks, TimeSpan.Zero);
    }

    public static void Validate(DateTimeOffset from, DateTimeOffset to, CapacityBucket bucket)
    {
        if (to <= from) throw new InvalidInputException("to", "'to' must be after 'from'.");
        var points = (to - Floor(from, bucket)).Ticks / Width(bucket).Ticks + 1;
        if (points > MaxPoints)
            throw new InvalidInputException("bucket", $"At most {MaxPoints} points per query: choose a wider bucket or a shorter period.");
    }

    /// <summary>Points covering [from, to); <c>samples</c> oldest first, possibly starting with the last sample before from.</summary>
    public static IReadOnlyList<CapacityHistoryPoint> Aggregate(
        IReadOnlyList<CapacitySample> samples, DateTimeOffset from, DateTimeOffset to, CapacityBucket bucket)
    {
        Validate(from, to, bucket);
        var width = Width(bucket);
        var points = new List<CapacityHistoryPoint>();
        var i = 0;
        CapacitySample? current = null;
        for (var start = Floor(from, bucket); start < to; start += width)
        {
            var end = start + width;
            while (i < samples.Count && samples[i].RecordedAt < start) current = samples[i++];
            var inside = new List<CapacitySample>();
            while (i < samples.Count && samples[i].RecordedAt < end) inside.Add(samples[i++]);
            var inForce = current is null ? inside : [current, .. inside];
            if (inForce.Count == 0) continue;
            var last = inForce[^1];
            points.Add(new CapacityHistoryPoint
            {
                Start = start,
                End = end,
                Samples = inside.Count,
                BedsTotal = last.BedsTotal,
                BedsOccupied = last.BedsOccupied,
                BedsOccupiedMax = inForce.Max(s => s.BedsOccupied),
                ErWaiting = last.ErWaiting,
                ErWaitingMax = inForce.Max(s => s.ErWaiting),
                ErLongestWaitMinutesMax = inForce.Max(s => s.ErLongestWaitMinutes),
                DoctorsOnDuty = last.DoctorsOnDuty,
                Beds = last.Beds,
            });
            current = last;
        }
        return points;
    }
}
