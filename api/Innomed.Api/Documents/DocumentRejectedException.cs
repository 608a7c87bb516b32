namespace Innomed.Api.Documents;

/// <summary>An upload refused for what it is (size, type, content); <see cref="Code"/> is the error's <c>extensions.code</c>.</summary>
public sealed class DocumentRejectedException(string code, string message) : Exception(message)
{
    public const string TooLarge = "FILE_TOO_LARGE";
    public const string UnsupportedType = "UNSUPPORTED_MEDIA_TYPE";
    public const string ContentMismatch = "CONTENT_TYPE_MISMATCH";
    public const string Empty = "EMPTY_FILE";

    public string Code { get; } = code;
}
