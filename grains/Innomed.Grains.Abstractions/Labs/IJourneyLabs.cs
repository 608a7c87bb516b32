using Innomed.Grains.Journeys;

namespace Innomed.Grains.Labs;

/// <summary>
/// Labs and imaging on a journey (same grain as <see cref="IJourneyGrain"/>): orders, results with
/// computed flags, and the alerts critical results raise. Each command appends one event or changes nothing.
/// </summary>
[Alias("innomed.IJourneyLabs")]
public interface IJourneyLabs : IGrainWithGuidKey
{
    [Alias("order-labs")] Task<StepOutcome> OrderLabsAsync(LabOrderRequest order, Actor actor);

    /// <summary>The lab (the step's performer) posts results; a critical one raises an alert.</summary>
    [Alias("post-results")] Task<StepOutcome> PostResultsAsync(LabResultsPosting posting, Actor actor);

    /// <summary>The orderer, the escalated on-call GP, or the journey's GP acknowledges an alert.</summary>
    [Alias("acknowledge-alert")] Task<JourneySnapshot> AcknowledgeAlertAsync(Guid alertId, Actor actor);
}
