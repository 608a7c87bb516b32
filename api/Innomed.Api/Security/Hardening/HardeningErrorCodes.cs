namespace Innomed.Api.Security.Hardening;

/// <summary>The <c>extensions.code</c> values of refusals made by the hardening layer (docs/SECURITY.md).</summary>
public static class HardeningErrorCodes
{
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxOperationsExceeded = "MAX_OPERATIONS_EXCEEDED";
    public const string MaxDirectivesExceeded = "MAX_DIRECTIVES_EXCEEDED";
    public const string InputTooLarge = "INPUT_TOO_LARGE";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NoIntrospection = "NO_INTROSPECTION";
    public const string RateLimited = "RATE_LIMITED";
}
