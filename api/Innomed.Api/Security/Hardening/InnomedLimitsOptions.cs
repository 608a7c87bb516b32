namespace Innomed.Api.Security.Hardening;

/// <summary>
/// Limits on what one GraphQL document may ask for (section <c>Innomed:Limits</c>). Each is checked
/// before any resolver runs; a refused document changes nothing and costs the server little.
/// </summary>
public sealed class InnomedLimitsOptions
{
    public const string Section = "Innomed:Limits";

    /// <summary>Characters in the document text; checked before parsing. Error <c>DOCUMENT_TOO_LARGE</c>.</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Lexical tokens in the document; checked before parsing. Error <c>DOCUMENT_TOO_LARGE</c>.</summary>
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>
    /// Nesting of the syntax tree while parsing (selections, lists, objects, fragments), a guard for the
    /// parser's own recursion. Error <c>MAX_DEPTH_EXCEEDED</c>.
    /// </summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>
    /// Field nesting of the executed operation, fragments expanded. 15 lets GraphiQL's introspection query
    /// (its type references nest about 13 deep) through. Error <c>MAX_DEPTH_EXCEEDED</c>.
    /// </summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// graphql-dotnet's estimate of the fields resolved: 1 per field, lists multiplied by their
    /// <c>first</c> argument or 5. Error <c>MAX_COMPLEXITY_EXCEEDED</c>.
    /// </summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Aliased fields in the document (alias bombs). Error <c>MAX_ALIASES_EXCEEDED</c>.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Operation definitions in the document. Error <c>MAX_OPERATIONS_EXCEEDED</c>.</summary>
    public int MaxOperations { get; set; } = 10;

    /// <summary>Directives in the document. Error <c>MAX_DIRECTIVES_EXCEEDED</c>.</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>Items in any one list of the variables. Error <c>INPUT_TOO_LARGE</c>.</summary>
    public int MaxListItems { get; set; } = 100;

    /// <summary>
    /// Characters in any one string of the variables or of the document's literals (the domain's own limits,
    /// at most 4,000, give precise messages below this blanket guard). Error <c>INPUT_TOO_LARGE</c>.
    /// </summary>
    public int MaxStringLength { get; set; } = 8_000;

    /// <summary>Nesting of objects and lists in the variables. Error <c>INPUT_TOO_LARGE</c>.</summary>
    public int MaxInputDepth { get; set; } = 10;

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be queried. Unset: allowed, except in the
    /// <c>Production</c> environment with <c>ConnectionStrings:Innomed</c> set. Error <c>NO_INTROSPECTION</c>.
    /// </summary>
    public bool? AllowIntrospection { get; set; }
}
