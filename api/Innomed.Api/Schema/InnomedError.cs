using GraphQL;

namespace Innomed.Api.Schema;

/// <summary>A GraphQL error with a code and extra <c>extensions</c> members (current state, permitted actions...).</summary>
public sealed class InnomedError : ExecutionError
{
    public InnomedError(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extras = extensions ?? new Dictionary<string, object?>();
    }

    public IReadOnlyDictionary<string, object?> Extras { get; }
}
