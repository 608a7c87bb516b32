namespace Innomed.Api.Schema.Types;

public sealed record JourneyEventConnection(IReadOnlyList<JourneyEventNode> Events, int TotalCount, bool HasNextPage);
