using Innomed.Grains.Epidemiology;
using Innomed.Grains.Journeys;
using Innomed.Grains.Triage;

namespace Innomed.Grains.Tests.Epidemiology;

/// <summary>Suppression, rolling average, week over week and the alert rule, without a cluster.</summary>
[Trait("Category", "Unit")]
public sealed class EpidemiologySeriesTests
{
    private const int K = 5;
    private static readonly DateOnly Day0 = new(2026, 3, 1);
    private static readonly int R = (int)SymptomCategory.Respiratory;
    private static readonly int D = (int)SymptomCategory.Digestive;

    /// <summary>Counts per day from day 0: one row per day, the given category's value; others 0.</summary>
    private static Dictionary<DateOnly, IReadOnlyList<int>> Days(params (int Category, int[] Values)[] series)
    {
        var days = new Dictionary<DateOnly, IReadOnlyList<int>>();
        var length = series.Max(s => s.Values.Length);
        for (var i = 0; i < length; i++)
        {
            var row = new int[EpidemiologySeries.Categories.Count];
            foreach (var (category, values) in series) row[category] = i < values.Length ? values[i] : 0;
            days[Day0.AddDays(i)] = row;
        }
        return days;
    }

    private static CategoryCount Cat(EpidemiologyDay day, SymptomCategory c) => day.Categories.Single(x => x.Category == c);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(12, false)]
    public void GivenACount_WhenPublished_ThenOneToKMinusOneIsSuppressed(int count, bool suppressed)
    {
        var day = EpidemiologySeries.Day(Days((R, [count])), Day0, K);
        var respiratory = Cat(day, SymptomCategory.Respiratory);
        respiratory.Suppressed.ShouldBe(suppressed);
        respiratory.Count.ShouldBe(suppressed ? null : count);
    }

    [Fact]
    public void GivenOneSuppressedCategory_WhenTheDayIsPublished_ThenTheTotalIsWithheldToo()
    {
        // 7 respiratory + 2 digestive: a total of 9 next to "respiratory 7" would give digestive = 2 back.
        var day = EpidemiologySeries.Day(Days((R, [7]), (D, [2])), Day0, K);
        Cat(day, SymptomCategory.Respiratory).Count.ShouldBe(7);
        Cat(day, SymptomCategory.Digestive).Suppressed.ShouldBeTrue();
        day.Total.Suppressed.ShouldBeTrue();
        day.Total.Count.ShouldBeNull();
        day.Total.Category.ShouldBeNull();
        day.Categories.Count.ShouldBe(EpidemiologySeries.Categories.Count);
    }

    [Fact]
    public void GivenEveryCategoryPublishable_WhenTheDayIsPublished_ThenTheTotalIsTheirSum()
    {
        var day = EpidemiologySeries.Day(Days((R, [7]), (D, [5])), Day0, K);
        day.Total.Count.ShouldBe(12);
        day.Total.Suppressed.ShouldBeFalse();
    }

    [Fact]
    public void GivenFourteenPublishedDays_WhenTheLastIsDescribed_ThenRollingAverageAndWeekOverWeekAreRight()
    {
        int[] values = [5, 6, 7, 5, 6, 7, 6, /* week 2 */ 8, 9, 10, 8, 9, 10, 9];
        var days = EpidemiologySeries.Build(Days((R, values)), Day0, Day0.AddDays(13), K);
        var last = Cat(days[^1], SymptomCategory.Respiratory);
        last.WeekTotal.ShouldBe(63);
        last.PreviousWeekTotal.ShouldBe(42);
        last.RollingAverage7.ShouldBe(9.0);
        last.WeekOverWeekChange.ShouldBe(0.5);
        // Day 6: the window 0..6 is complete, the previous one is all zeros (no data before day 0).
        var seventh = Cat(days[6], SymptomCategory.Respiratory);
        seventh.RollingAverage7.ShouldBe(6.0);
        seventh.PreviousWeekTotal.ShouldBe(0);
        seventh.WeekOverWeekChange.ShouldBeNull(); // no change relative to nothing
    }

    [Fact]
    public void GivenASuppressedDayInTheWindow_WhenDerivedValuesAreComputed_ThenTheyAreWithheld()
    {
        int[] values = [5, 6, 7, 2, 6, 7, 6, 8, 9, 10, 8, 9, 10, 9];
        var days = EpidemiologySeries.Build(Days((R, values)), Day0, Day0.AddDays(13), K);
        // Windows holding day 3 (count 2): days 3..9 for the 7-day sum, 3..16 for the previous week.
        for (var i = 3; i <= 9; i++)
        {
            Cat(days[i], SymptomCategory.Respiratory).WeekTotal.ShouldBeNull($"day {i}");
            Cat(days[i], SymptomCategory.Respiratory).RollingAverage7.ShouldBeNull($"day {i}");
        }
        Cat(days[10], SymptomCategory.Respiratory).WeekTotal.ShouldBe(54);
        Cat(days[10], SymptomCategory.Respiratory).PreviousWeekTotal.ShouldBeNull();
        Cat(days[10], SymptomCategory.Respiratory).WeekOverWeekChange.ShouldBeNull();
    }

    [Fact]
    public void GivenAnySeries_WhenEveryPublishedNumberIsDifferenced_ThenNoSuppressedCountComesBack()
    {
        // Every published week total is a sum of published counts: differencing neighbours can only
        // give back published counts. Check it over a noisy series with many small values.
        var random = new Random(11);
        var values = Enumerable.Range(0, 60).Select(_ => random.Next(0, 9)).ToArray();
        var days = EpidemiologySeries.Build(Days((R, values)), Day0, Day0.AddDays(59), K);
        for (var i = 0; i < days.Count; i++)
        {
            var c = Cat(days[i], SymptomCategory.Respiratory);
            if (c.WeekTotal is not { } week) continue;
            var window = Enumerable.Range(Math.Max(0, i - 6), Math.Min(7, i + 1)).Select(j => Cat(days[j], SymptomCategory.Respiratory)).ToList();
            window.ShouldAllBe(x => !x.Suppressed);
            week.ShouldBe(window.Sum(x => x.Count!.Value));
        }
        days.SelectMany(d => d.Categories).Where(c => c.Suppressed).ShouldAllBe(c => c.Count == null);
        days.SelectMany(d => d.Categories).ShouldContain(c => c.Suppressed); // the series did have small counts
    }

    [Theory]
    [InlineData(42, 63, 3, 0.5, false)] // +50 % exactly is not "more than" +50 %
    [InlineData(42, 64, 3, 0.5, true)]
    [InlineData(42, 64, 10, 0.5, false)] // average 9.1 under the minimum 10
    [InlineData(0, 21, 3, 0.5, true)]   // from nothing to 3 a day
    [InlineData(0, 14, 3, 0.5, false)]  // 2 a day is under the minimum
    public void GivenTwoWeeks_WhenTheAlertRuleIsApplied_ThenItFiresOnlyAboveBothThresholds(int previous, int week, double min, double ratio, bool fires)
    {
        var count = new CategoryCount { Category = SymptomCategory.Respiratory, WeekTotal = week, PreviousWeekTotal = previous };
        EpidemiologyAlertRule.Fires(count, new EpidemiologyThreshold(SymptomCategory.Respiratory, min, ratio)).ShouldBe(fires);
    }

    [Fact]
    public void GivenWithheldWeeks_WhenTheAlertRuleIsApplied_ThenItDoesNotFire()
    {
        var threshold = new EpidemiologyThreshold(SymptomCategory.Respiratory, 0, 0);
        EpidemiologyAlertRule.Fires(new CategoryCount { WeekTotal = null, PreviousWeekTotal = 0 }, threshold).ShouldBeFalse();
        EpidemiologyAlertRule.Fires(new CategoryCount { WeekTotal = 70, PreviousWeekTotal = null }, threshold).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Toux grasse depuis trois jours", null, SymptomCategory.Respiratory)]
    [InlineData("Douleur thoracique", null, SymptomCategory.Cardiovascular)]
    [InlineData("je ne sais pas trop", "digestive", SymptomCategory.Digestive)]
    [InlineData("je ne sais pas trop", null, SymptomCategory.Other)]
    public void GivenTriageAnswers_WhenCategorised_ThenTheReasonWinsThenThePatientsChoice(string reason, string? chosen, SymptomCategory expected)
    {
        List<TriageAnswer> answers = [new("reason", reason)];
        if (chosen is not null) answers.Add(new("category", chosen));
        EpidemiologyCategory.Of(answers).ShouldBe(expected);
    }

    [Fact]
    public void GivenAnUpdate_WhenItCrossesRedis_ThenTheCodecKeepsEveryFigure()
    {
        var day = EpidemiologySeries.Day(Days((R, [7]), (D, [2])), Day0, K);
        var update = new EpidemiologyUpdate
        {
            TerritoryId = "demo", Day = day,
            RaisedAlerts = [new EpidemiologyAlert
            {
                TerritoryId = "demo", Category = SymptomCategory.Respiratory, Date = Day0, RollingAverage7 = 9, PreviousAverage7 = 5,
                Threshold = new EpidemiologyThreshold(SymptomCategory.Respiratory, 3, 0.5), RaisedAt = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero),
            }],
        };
        var decoded = Live.LiveEventCodec.DecodeEpidemiology(Live.LiveEventCodec.Encode(update))!;
        decoded.TerritoryId.ShouldBe("demo");
        decoded.Day.Date.ShouldBe(Day0);
        decoded.Day.Categories.ShouldBe(day.Categories);
        decoded.Day.Total.ShouldBe(day.Total);
        decoded.RaisedAlerts.Single().ShouldBe(update.RaisedAlerts[0]);
    }

    [Fact]
    public void GivenAClinicianLevelWithoutAnswers_WhenCategorised_ThenOther() =>
        EpidemiologyCategory.Of([]).ShouldBe(SymptomCategory.Other);
}
