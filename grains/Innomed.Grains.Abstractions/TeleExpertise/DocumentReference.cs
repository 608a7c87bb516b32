namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// A document attached to a tele-expertise question or answer: a name, a media type and where to fetch
/// it — an outside address, or a document stored in Innomed as <c>urn:innomed:document:{id}</c>
/// (downloaded from <c>/documents/{id}</c> by the journey's care team).
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.document-reference")]
public sealed record DocumentReference(
    [property: Id(0)] string Name,
    [property: Id(1)] string ContentType,
    [property: Id(2)] string Reference);
