namespace Innomed.Api.Schema.Types;

public sealed record PageInfo(bool HasNextPage, string? EndCursor);
