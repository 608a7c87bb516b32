namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// A document attached to a tele-expertise question or answer. Innomed keeps only the reference
/// (the document store arrives later): a name, a media type and where to fetch it.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.document-reference")]
public sealed record DocumentReference(
    [property: Id(0)] string Name,
    [property: Id(1)] string ContentType,
    [property: Id(2)] string Reference);
