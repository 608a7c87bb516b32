namespace Innomed.Api.Documents;

/// <summary>
/// How a tele-expertise attachment (a <c>DocumentReference</c>) points at a stored document:
/// <c>urn:innomed:document:{id}</c>, a URN the journey grain already accepts, so references to outside
/// systems and stored documents live side by side without a change to the grain's state.
/// </summary>
public static class StoredDocumentReference
{
    public const string Prefix = "urn:innomed:document:";

    public static string Of(Guid documentId) => Prefix + documentId.ToString("D");

    public static Guid? Parse(string? reference) =>
        reference is not null && reference.StartsWith(Prefix, StringComparison.Ordinal)
            && Guid.TryParse(reference.AsSpan(Prefix.Length), out var id) ? id : null;
}
