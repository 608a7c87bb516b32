using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed record JourneyEdge(string Cursor, JourneySnapshot Node);
