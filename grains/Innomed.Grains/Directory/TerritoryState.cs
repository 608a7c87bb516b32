using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

[GenerateSerializer, Alias("innomed.territory-state")]
public sealed class TerritoryState
{
    [Id(0)] public TerritoryProfile? Profile { get; set; }
    [Id(1)] public SortedSet<string> PractitionerIds { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public Dictionary<string, UnitKind> Units { get; set; } = [];
    /// <summary>Journeys not yet ended: the awaiting queue, the emergency queue and the overdue list read from it.</summary>
    [Id(3)] public Dictionary<Guid, JourneySummary> Active { get; set; } = [];
    /// <summary>
    /// Before the split: last version of ended journeys. Now in <see cref="TerritoryEndedState"/>;
    /// read once on activation to move them there.
    /// </summary>
    [Id(4)] public Dictionary<Guid, int> Ended { get; set; } = [];
    [Id(5)] public Dictionary<string, UnitCapacityEntry> Capacity { get; set; } = [];
    [Id(6)] public DateTimeOffset CapacityUpdatedAt { get; set; }
    /// <summary>The last change of <see cref="Active"/>'s log this snapshot holds.</summary>
    [Id(7)] public long ActiveLogSeq { get; set; }
}

/// <summary>
/// Last version seen of ended journeys, so a late summary cannot resurrect them. A state of its
/// own: written when a journey ends, not with every change of an open one.
/// </summary>
[GenerateSerializer, Alias("innomed.territory-ended-state")]
public sealed class TerritoryEndedState
{
    /// <summary>Stored before tombstones carried their time: moved to <see cref="Tombstones"/> on activation.</summary>
    [Id(0)] public Dictionary<Guid, int> Ended { get; set; } = [];
    /// <summary>The last change of <see cref="Tombstones"/>' log this snapshot holds.</summary>
    [Id(1)] public long LogSeq { get; set; }
    [Id(2)] public Dictionary<Guid, Tombstone> Tombstones { get; set; } = [];
}

/// <summary>An ended journey's last version, and when it ended (the oldest are dropped first).</summary>
[GenerateSerializer, Immutable, Alias("innomed.tombstone")]
public sealed record Tombstone([property: Id(0)] int Version, [property: Id(1)] DateTimeOffset EndedAt);
