using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>A practitioner (RPPS-like key): profile, the steps assigned to them, the journeys they follow.</summary>
[Alias("innomed.IPractitionerGrain")]
public interface IPractitionerGrain : IGrainWithStringKey
{
    [Alias("register")] Task RegisterAsync(PractitionerProfile profile);
    [Alias("profile"), ReadOnly] Task<PractitionerProfile?> GetProfileAsync();

    /// <summary>Journeys they are the GP of, or requested or perform a step in; newest first.</summary>
    [Alias("journeys"), ReadOnly] Task<IReadOnlyList<JourneySummary>> GetJourneysAsync();

    /// <summary>Open steps they perform, soonest due first.</summary>
    [Alias("worklist"), ReadOnly] Task<IReadOnlyList<WorkItem>> GetWorklistAsync();

    /// <summary>Unacknowledged critical-result alerts for them (they ordered the test, or it was escalated to them).</summary>
    [Alias("alerts"), ReadOnly] Task<IReadOnlyList<Labs.LabAlert>> GetAlertsAsync();

    /// <summary>Keeps the index in step with a journey; stale versions are ignored.</summary>
    [Alias("track"), AlwaysInterleave] Task TrackAsync(JourneySummary journey); // interleaved: updates share writes (GroupCommit)
}
