namespace Innomed.Grains.Directory;

/// <summary>When patients may start a journey in a territory (local time of <see cref="TimeZone"/>).</summary>
[GenerateSerializer, Immutable, Alias("innomed.opening-hours")]
public sealed record OpeningHours(
    [property: Id(0)] TimeOnly Opens,
    [property: Id(1)] TimeOnly Closes,
    [property: Id(2)] string TimeZone = "Europe/Paris")
{
    /// <summary>The CPTS default: 8h–22h, Paris time.</summary>
    public static readonly OpeningHours Default = new(new TimeOnly(8, 0), new TimeOnly(22, 0));
}
