using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>
/// The journeys an index grain (practitioner, unit, territory) knows about, keyed by id and
/// guarded by version so a redelivered or late summary never overwrites a newer one.
/// </summary>
[GenerateSerializer, Alias("innomed.journey-index")]
public sealed class JourneyIndex
{
    /// <summary>How many ended journeys an index keeps for its history view.</summary>
    public const int EndedKept = 500;

    [Id(0)] public Dictionary<Guid, JourneySummary> Journeys { get; set; } = [];

    /// <summary>The last <see cref="LoggedMap{TKey,TValue}"/> change this snapshot holds (0: never logged).</summary>
    [Id(1)] public long LogSeq { get; set; }

    /// <summary>True when the summary was newer and was applied.</summary>
    public bool Apply(JourneySummary summary)
    {
        if (Journeys.TryGetValue(summary.JourneyId, out var known) && known.Version >= summary.Version) return false;
        Journeys[summary.JourneyId] = summary;
        if (summary.IsEnded) PruneEnded();
        return true;
    }

    public IReadOnlyList<JourneySummary> NewestFirst() =>
        Journeys.Values.OrderByDescending(j => j.UpdatedAt).ToArray();

    public static IReadOnlyList<WorkItem> OpenStepsFor(IEnumerable<JourneySummary> journeys, Func<Performer, bool> isMine) =>
        journeys
            .Where(j => !j.IsEnded)
            .SelectMany(j => j.Steps
                .Where(s => !s.IsFinal && s.Kind != StepKind.Triage && s.Performer is { } p && isMine(p))
                .Select(s => new WorkItem(j.JourneyId, s, j.Level)))
            .OrderBy(w => w.Step.DueBy ?? DateTimeOffset.MaxValue)
            .ThenByDescending(w => w.Step.Priority)
            .ToArray();

    private void PruneEnded()
    {
        var ended = Journeys.Values.Where(j => j.IsEnded).ToList();
        if (ended.Count <= EndedKept) return;
        foreach (var old in ended.OrderBy(j => j.UpdatedAt).Take(ended.Count - EndedKept)) Journeys.Remove(old.JourneyId);
    }
}
