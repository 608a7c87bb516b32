using Innomed.Grains.Directory;

namespace Innomed.Grains.Capacity;

/// <summary>
/// The outcome of a CSV import. Validation is all-or-nothing: with any error nothing is applied and
/// every error is listed. Otherwise each unit's capacity is applied (and acknowledged) one by one.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.capacity-import-result")]
public sealed record CapacityImportResult
{
    [Id(0)] public required bool Applied { get; init; }
    [Id(1)] public int Rows { get; init; }
    [Id(2)] public IReadOnlyList<CapacityImportError> Errors { get; init; } = [];
    /// <summary>The capacity now in force for every unit the import updated.</summary>
    [Id(3)] public IReadOnlyList<UnitCapacityEntry> Units { get; init; } = [];
}
