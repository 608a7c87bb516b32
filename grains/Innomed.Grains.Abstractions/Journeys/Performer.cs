namespace Innomed.Grains.Journeys;

/// <summary>Who carries out a step: a practitioner (RPPS-like id) or a hospital unit.</summary>
[GenerateSerializer, Immutable, Alias("innomed.performer")]
public sealed record Performer([property: Id(0)] PerformerKind Kind, [property: Id(1)] string Id)
{
    public static Performer Practitioner(string id) => new(PerformerKind.Practitioner, id);
    public static Performer Unit(string id) => new(PerformerKind.Unit, id);
    public override string ToString() => $"{Kind}:{Id}";
}
