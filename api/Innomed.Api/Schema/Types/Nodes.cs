using Innomed.Api.Transport.Execution;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

/// <summary>A step seen within its journey, so that <c>children</c> can be resolved.</summary>
public sealed record StepNode(StepSnapshot Step, JourneySnapshot Journey);

/// <summary>A timeline event with the journey after it (null: load the current one).</summary>
public sealed record JourneyEventNode(JourneyEvent Event, JourneySnapshot? Journey) : ISharedEvent
{
    object ISharedEvent.Change => Event;
}

/// <summary>A step status change for the requester's feed.</summary>
public sealed record StepEventNode(JourneyEvent Event, StepSnapshot Step, JourneySnapshot Journey) : ISharedEvent
{
    object ISharedEvent.Change => Event;
}

/// <summary>Result of a journey mutation.</summary>
public sealed record JourneyPayload(JourneySnapshot Journey);

/// <summary>Result of a step mutation.</summary>
public sealed record StepPayload(StepNode Step, JourneySnapshot Journey);
