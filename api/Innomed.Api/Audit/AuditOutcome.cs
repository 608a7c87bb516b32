using GraphQL;
using Innomed.Grains.Errors;

namespace Innomed.Api.Audit;

/// <summary>
/// The outcome column: <c>OK</c>; <c>DENIED</c> when the caller was refused (FORBIDDEN,
/// UNAUTHENTICATED); <c>ERROR:&lt;code&gt;</c> with the GraphQL error code otherwise
/// (<c>ERROR:INVALID_TRANSITION</c>, <c>ERROR:NOT_FOUND</c>...). <c>ALLOWED</c> is reserved for
/// the authorisation layer, should it record its decision apart from the field's result.
/// </summary>
public static class AuditOutcome
{
    public const string Ok = "OK";
    public const string Allowed = "ALLOWED";
    public const string Denied = "DENIED";

    public static string Error(string code) => "ERROR:" + Sanitize(code);

    /// <summary>Maps what a resolver threw; domain exceptions before or after DomainErrorMiddleware alike.</summary>
    public static string From(Exception exception)
    {
        var code = exception switch
        {
            DomainException domain => domain.Code,
            ExecutionError { Code: { Length: > 0 } c } => c,
            OperationCanceledException => "CANCELLED",
            _ => "INTERNAL",
        };
        return code is "FORBIDDEN" or "UNAUTHENTICATED" ? Denied : Error(code);
    }

    // The column only takes [A-Z0-9_]{1,64}: a code is ours, but never trust it to be tidy.
    private static string Sanitize(string code)
    {
        Span<char> buffer = stackalloc char[Math.Min(code.Length, 64)];
        var length = 0;
        foreach (var ch in code)
        {
            if (length == buffer.Length) break;
            var upper = char.ToUpperInvariant(ch);
            buffer[length++] = upper is (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? upper : '_';
        }
        return length == 0 ? "INTERNAL" : new string(buffer[..length]);
    }
}
