using Innomed.Grains.Epidemiology;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Innomed.Grains.Journeys;

/// <summary>
/// Epidemiology feed: with the index updates, a triaged journey tells the counter of its territory
/// and local day of first triage which category it counts under now. Sent only when a triage is
/// newer than what the indexes acknowledged; the counter ignores versions it already holds.
/// </summary>
public sealed partial class JourneyGrain
{
    private IEnumerable<Task> EpidemiologyTargets()
    {
        if (S.Triage is null) yield break;
        var first = S.Events.Find(IsTriage);
        var latest = S.Events.FindLast(IsTriage);
        if (first is null || latest is null || latest.Version <= S.IndexedVersion) yield break;
        var zone = ServiceProvider.GetRequiredService<IOptions<EpidemiologyOptions>>().Value.TimeZone;
        var day = DateOnly.FromDateTime(LocalTime.ToLocal(first.At, zone).DateTime);
        var category = EpidemiologyCategory.Of(S.Triage.Answers);
        yield return GrainFactory.Get<IEpidemiologyDayGrain>(EpidemiologyKeys.Day(S.TerritoryId, day))
            .RecordAsync(new TriageCount(S.Id, latest.Version, category));
    }

    private static bool IsTriage(JourneyEvent e) =>
        e.Type is JourneyEventType.TriageSubmitted or JourneyEventType.RedirectedToEmergency;
}
