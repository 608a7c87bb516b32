namespace Innomed.Grains.Journeys;

/// <summary>
/// Who issues a command. The gateway builds it from the authenticated user; grains use it to
/// check that the right person acts (the performer accepts, the requester cancels...).
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.actor")]
public sealed record Actor(
    [property: Id(0)] string Id,
    [property: Id(1)] ActorRole Role,
    [property: Id(2)] string? UnitId = null,
    [property: Id(3)] string? TerritoryId = null)
{
    public static readonly Actor System = new("system", ActorRole.System);

    public bool IsPrivileged => Role is ActorRole.System or ActorRole.Admin;

    /// <summary>True when this actor is, or works in, the given performer.</summary>
    public bool Is(Performer performer) => performer.Kind == PerformerKind.Practitioner
        ? performer.Id == Id
        : performer.Id == UnitId;
}
