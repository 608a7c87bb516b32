using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed record JourneyConnection(IReadOnlyList<JourneySnapshot> Journeys, int Offset, int TotalCount);
