namespace Innomed.Grains.Epidemiology;

/// <summary>
/// The triaged journeys of one territory and one local day, by category (key: <see cref="EpidemiologyKeys.Day"/>).
/// Holds which journey counts where, so the territory's counts can be corrected without scanning journeys.
/// </summary>
[Alias("innomed.IEpidemiologyDayGrain")]
public interface IEpidemiologyDayGrain : IGrainWithStringKey
{
    /// <summary>Idempotent: an older or equal version of a journey already counted changes nothing.</summary>
    [Alias("record"), AlwaysInterleave] Task RecordAsync(TriageCount triage); // interleaved: triages share writes (GroupCommit)

    /// <summary>Raw counts per category (index: <see cref="Triage.SymptomCategory"/>); internal use, never published as is.</summary>
    [Alias("counts"), ReadOnly] Task<IReadOnlyList<int>> GetCountsAsync();
}
