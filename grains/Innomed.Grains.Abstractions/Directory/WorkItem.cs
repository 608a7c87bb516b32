using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>An open step someone must act on.</summary>
[GenerateSerializer, Immutable, Alias("innomed.work-item")]
public sealed record WorkItem(
    [property: Id(0)] Guid JourneyId,
    [property: Id(1)] StepSummary Step,
    [property: Id(2)] TriageLevel? Level);
