namespace Innomed.Grains.Journeys;

/// <summary>The step a command created or changed, with the journey after the change.</summary>
[GenerateSerializer, Immutable, Alias("innomed.step-outcome")]
public sealed record StepOutcome([property: Id(0)] Guid StepId, [property: Id(1)] JourneySnapshot Journey)
{
    public StepSnapshot Step => Journey.FindStep(StepId)!;
}
