using Innomed.Grains.Triage;

namespace Innomed.Grains.Epidemiology;

[GenerateSerializer, Alias("innomed.epidemiology-day-state")]
public sealed class EpidemiologyDayState
{
    /// <summary>Which category each journey counts under, at which journey version (no patient data).</summary>
    [Id(0)] public Dictionary<Guid, CountedJourney> Journeys { get; set; } = [];
    [Id(1)] public int[] Counts { get; set; } = new int[EpidemiologySeries.Categories.Count];
    /// <summary>
    /// Days stored before <see cref="Journeys"/> was logged: the revision they reached. A day's
    /// revision is now this plus the log's last change number.
    /// </summary>
    [Id(2)] public int Revision { get; set; }
    /// <summary>The last change of <see cref="Journeys"/>'s log this snapshot holds.</summary>
    [Id(3)] public long LogSeq { get; set; }
}

[GenerateSerializer, Immutable, Alias("innomed.counted-journey")]
public sealed record CountedJourney([property: Id(0)] int Version, [property: Id(1)] SymptomCategory Category);
