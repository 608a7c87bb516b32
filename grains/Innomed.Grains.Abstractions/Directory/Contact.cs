namespace Innomed.Grains.Directory;

/// <summary>How to reach someone now: phone, mail, video.</summary>
[GenerateSerializer, Immutable, Alias("innomed.contact")]
public sealed record Contact(
    [property: Id(0)] string? Phone = null,
    [property: Id(1)] string? Email = null,
    [property: Id(2)] string? VideoLink = null,
    [property: Id(3)] string? Name = null);
