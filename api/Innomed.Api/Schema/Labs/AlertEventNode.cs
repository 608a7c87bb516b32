using Innomed.Grains.Journeys;
using Innomed.Grains.Labs;

namespace Innomed.Api.Schema.Labs;

/// <summary>An alert's change (raised, escalated, acknowledged) with the journey right after it.</summary>
public sealed record AlertEventNode(JourneyEvent Event, LabAlert Alert, JourneySnapshot Journey);
