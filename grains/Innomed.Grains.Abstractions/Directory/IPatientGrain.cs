using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>The journeys a patient user started (key: the user id from their token), newest first.</summary>
[Alias("innomed.IPatientGrain")]
public interface IPatientGrain : IGrainWithStringKey
{
    [Alias("journeys"), ReadOnly] Task<IReadOnlyList<JourneySummary>> GetJourneysAsync();

    /// <summary>Keeps the index in step with a journey; stale versions are ignored.</summary>
    [Alias("track"), AlwaysInterleave] Task TrackAsync(JourneySummary journey); // interleaved: updates share writes (GroupCommit)
}
