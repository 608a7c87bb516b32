using Innomed.Grains.Triage;

namespace Innomed.Grains.Epidemiology;

/// <summary>
/// Turns raw per-day counts into what may be published. Rules (docs/epidemiology.md):
/// <list type="number">
/// <item>A count is published when it is 0 or at least k; 1..k-1 is suppressed (null).</item>
/// <item>A day's total is published only when every category of that day is published: otherwise
/// total minus the published categories would give the suppressed ones back.</item>
/// <item>A derived value (7-day sum, average, week over week) is computed only from windows whose
/// every day is published for that series, so it is a function of published numbers and differencing
/// two overlapping windows gives back nothing that was not already shown.</item>
/// </list>
/// Pure and deterministic; the grain feeds it its stored counts.
/// </summary>
public static class EpidemiologySeries
{
    public static readonly IReadOnlyList<SymptomCategory> Categories = Enum.GetValues<SymptomCategory>();

    public static bool IsPublishable(int count, int k) => count == 0 || count >= k;

    public static IReadOnlyList<EpidemiologyDay> Build(
        IReadOnlyDictionary<DateOnly, IReadOnlyList<int>> counts, DateOnly from, DateOnly to, int k)
    {
        var series = new Series(counts, k);
        var days = new List<EpidemiologyDay>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var categories = Categories.Select(c => series.Describe(d, c)).ToArray();
            days.Add(new EpidemiologyDay(d, series.Describe(d, null), categories));
        }
        return days;
    }

    /// <summary>One day only (the live update of the day that changed).</summary>
    public static EpidemiologyDay Day(IReadOnlyDictionary<DateOnly, IReadOnlyList<int>> counts, DateOnly day, int k) =>
        Build(counts, day, day, k)[0];

    private sealed class Series(IReadOnlyDictionary<DateOnly, IReadOnlyList<int>> counts, int k)
    {
        public CategoryCount Describe(DateOnly day, SymptomCategory? category)
        {
            var raw = Raw(day, category);
            var shown = Published(day, category);
            var week = Window(day, category, 0);
            var previous = Window(day, category, 7);
            return new CategoryCount
            {
                Category = category,
                Count = shown ? raw : null,
                Suppressed = !shown,
                WeekTotal = week,
                PreviousWeekTotal = previous,
                RollingAverage7 = week is { } w ? Math.Round(w / 7.0, 2) : null,
                WeekOverWeekChange = week is { } a && previous is { } b && b > 0 ? Math.Round((a - b) / (double)b, 4) : null,
            };
        }

        /// <summary>Sum over the 7 days ending <paramref name="offset"/> days before the day; null if one is withheld.</summary>
        private int? Window(DateOnly day, SymptomCategory? category, int offset)
        {
            var sum = 0;
            for (var i = offset; i < offset + 7; i++)
            {
                var d = day.AddDays(-i);
                if (!Published(d, category)) return null;
                sum += Raw(d, category);
            }
            return sum;
        }

        private bool Published(DateOnly day, SymptomCategory? category) => category is { } c
            ? IsPublishable(Raw(day, c), k)
            : Categories.All(x => IsPublishable(Raw(day, x), k)) && IsPublishable(Raw(day, null), k);

        private int Raw(DateOnly day, SymptomCategory? category)
        {
            if (!counts.TryGetValue(day, out var row)) return 0;
            if (category is not { } c) return row.Sum();
            var i = (int)c;
            return i < row.Count ? row[i] : 0;
        }
    }
}
