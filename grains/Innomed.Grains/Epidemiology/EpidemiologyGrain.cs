using Innomed.Grains.Errors;
using Innomed.Grains.Live;
using Innomed.Grains.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Innomed.Grains.Epidemiology;

/// <summary>
/// A territory's epidemiology: the counts its day grains push, the published series (suppressed by
/// <see cref="EpidemiologySeries"/>), alert thresholds and active alerts. Every accepted change is
/// persisted, then published live with suppressed figures only.
/// </summary>
public sealed class EpidemiologyGrain(
    [PersistentState("epidemiology", GrainServices.Storage)] IPersistentState<EpidemiologyState> state,
    [FromKeyedServices(GrainServices.ClockKey)] TimeProvider clock,
    ILiveEventPublisher publisher,
    IOptions<EpidemiologyOptions> options)
    : Grain, IEpidemiologyGrain
{
    public const int MaxReportDays = 366;
    private EpidemiologyState S => state.State;
    private EpidemiologyOptions Options => options.Value;

    public async Task ApplyDayAsync(DateOnly day, int revision, IReadOnlyList<int> counts)
    {
        if (S.Days.TryGetValue(day, out var known) && known.Revision >= revision) return;
        var before = (Days: new SortedDictionary<DateOnly, DayCounts>(S.Days), Alerts: new Dictionary<SymptomCategory, EpidemiologyAlert>(S.ActiveAlerts));
        S.Days[day] = new DayCounts(revision, counts.ToArray());
        var today = Today();
        var oldest = today.AddDays(-Options.RetentionDays);
        while (S.Days.Count > 0 && S.Days.First().Key < oldest) S.Days.Remove(S.Days.First().Key);

        var view = View();
        var published = EpidemiologySeries.Day(view, day, Options.SuppressionThreshold);
        var raised = day >= today.AddDays(-Options.AlertLookbackDays) ? EvaluateAlerts(published) : [];
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The day grain pushes again; it must find this revision still to apply.
            (S.Days, S.ActiveAlerts) = before;
            throw;
        }
        publisher.Publish(new EpidemiologyUpdate { TerritoryId = this.GetPrimaryKeyString(), Day = published, RaisedAlerts = raised });
    }

    public Task<EpidemiologyReport> GetReportAsync(DateOnly? fromDay, DateOnly? toDay)
    {
        var to = toDay ?? (fromDay is { } start ? start.AddDays(27) : Today());
        var from = fromDay ?? to.AddDays(-27);
        if (to < from) throw new InvalidInputException("to", "'to' must not be before 'from'.");
        if (to.DayNumber - from.DayNumber + 1 > MaxReportDays)
            throw new InvalidInputException("to", $"At most {MaxReportDays} days per report.");
        return Task.FromResult(new EpidemiologyReport
        {
            TerritoryId = this.GetPrimaryKeyString(),
            From = from,
            To = to,
            SuppressionThreshold = Options.SuppressionThreshold,
            Days = EpidemiologySeries.Build(View(), from, to, Options.SuppressionThreshold),
            ActiveAlerts = Alerts(),
        });
    }

    public Task<IReadOnlyList<EpidemiologyAlert>> GetActiveAlertsAsync() => Task.FromResult(Alerts());

    public async Task<EpidemiologyThreshold> SetThresholdAsync(EpidemiologyThreshold threshold)
    {
        if (!Enum.IsDefined(threshold.Category)) throw new InvalidInputException("category", "Unknown category.");
        if (threshold.MinDailyAverage is < 0 or > 100_000 || double.IsNaN(threshold.MinDailyAverage))
            throw new InvalidInputException("minDailyAverage", "'minDailyAverage' must be between 0 and 100000.");
        if (threshold.RiseRatio is < 0 or > 100 || double.IsNaN(threshold.RiseRatio))
            throw new InvalidInputException("riseRatio", "'riseRatio' must be between 0 and 100.");
        var previous = S.Thresholds.GetValueOrDefault(threshold.Category);
        S.Thresholds[threshold.Category] = threshold;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            if (previous is null) S.Thresholds.Remove(threshold.Category);
            else S.Thresholds[threshold.Category] = previous;
            throw;
        }
        return threshold;
    }

    public Task<IReadOnlyList<EpidemiologyThreshold>> GetThresholdsAsync() =>
        Task.FromResult<IReadOnlyList<EpidemiologyThreshold>>(EpidemiologySeries.Categories.Select(ThresholdOf).ToArray());

    /// <summary>Raises alerts that newly fire on this day, clears those that no longer do.</summary>
    private IReadOnlyList<EpidemiologyAlert> EvaluateAlerts(EpidemiologyDay day)
    {
        var raised = new List<EpidemiologyAlert>();
        foreach (var count in day.Categories)
        {
            var category = count.Category!.Value;
            var threshold = ThresholdOf(category);
            if (!EpidemiologyAlertRule.Fires(count, threshold))
            {
                // A later day decides whether an alert of a later day still holds.
                if (S.ActiveAlerts.TryGetValue(category, out var active) && active.Date <= day.Date) S.ActiveAlerts.Remove(category);
                continue;
            }
            if (S.ActiveAlerts.ContainsKey(category)) continue;
            var alert = new EpidemiologyAlert
            {
                TerritoryId = this.GetPrimaryKeyString(), Category = category, Date = day.Date,
                RollingAverage7 = count.WeekTotal!.Value / 7.0, PreviousAverage7 = count.PreviousWeekTotal!.Value / 7.0,
                Threshold = threshold, RaisedAt = clock.GetUtcNow(),
            };
            S.ActiveAlerts[category] = alert;
            raised.Add(alert);
        }
        return raised;
    }

    private EpidemiologyThreshold ThresholdOf(SymptomCategory category) =>
        S.Thresholds.TryGetValue(category, out var set) ? set : new EpidemiologyThreshold(category, Options.MinDailyAverage, Options.RiseRatio);

    private IReadOnlyList<EpidemiologyAlert> Alerts() => S.ActiveAlerts.Values.OrderBy(a => a.Category).ToArray();

    private Dictionary<DateOnly, IReadOnlyList<int>> View() => S.Days.ToDictionary(d => d.Key, d => (IReadOnlyList<int>)d.Value.Counts);

    private DateOnly Today() => DateOnly.FromDateTime(LocalTime.ToLocal(clock.GetUtcNow(), Options.TimeZone).DateTime);
}
