namespace Innomed.Grains.Epidemiology;

/// <summary>A territory's local day: the total and every category (zeros included).</summary>
[GenerateSerializer, Immutable, Alias("innomed.epidemiology-day")]
public sealed record EpidemiologyDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] CategoryCount Total,
    [property: Id(2)] IReadOnlyList<CategoryCount> Categories);
