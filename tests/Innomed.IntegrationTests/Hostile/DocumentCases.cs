using System.Net;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>Documents that parse (or nearly) but ask for too much or are malformed.</summary>
public static class DocumentCases
{
    public static IEnumerable<HostileCase> All =>
    [
        Doc("document: syntax error", "{ journey(", "SYNTAX_ERROR"),
        Doc("document: unknown field", "{ patients { familyName } }", "FIELDS_ON_CORRECT_TYPE"),
        Doc("document: 40,000 characters", "{ __typename }" + new string('#', 40_000), "DOCUMENT_TOO_LARGE"),
        Doc("document: 6,000 tokens", "{ " + string.Concat(Enumerable.Repeat("a ", 6_000)) + "}", "DOCUMENT_TOO_LARGE"),
        Doc("document: selections nested 300 deep", Payloads.Nested("{ a ", "b", " }", 300), "MAX_DEPTH_EXCEEDED"),
        Doc("document: list literal nested 300 deep", "{ journey(id: " + Payloads.Nested("[", "1", "]", 300) + ") { id } }", "MAX_DEPTH_EXCEEDED"),
        new("document: schema nesting 20 deep", f => f.Http.PostAsync(
            "query($j: ID!) { journey(id: $j) { root " + Payloads.Nested("{ children ", "{ id }", " }", 19) + " } }", new { j = f.JourneyId }, f.Token(HostileFixture.Gp)),
            HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED"),
        Doc("document: 100 aliases", Payloads.Aliases(100), "MAX_ALIASES_EXCEEDED"),
        Doc("document: 1,500 aliases", Payloads.Aliases(1_500), "MAX_ALIASES_EXCEEDED"),
        Doc("document: aliases spread over fragments",
            "query { ...A ...B } fragment A on Query { " + string.Join(" ", Enumerable.Range(0, 20).Select(i => $"a{i}: __typename")) + " } "
            + "fragment B on Query { " + string.Join(" ", Enumerable.Range(0, 20).Select(i => $"b{i}: __typename")) + " }", "MAX_ALIASES_EXCEEDED"),
        Doc("document: complexity bomb (lists of lists)",
            """{ journeys(filter: { territoryId: "demo" }, first: 100) { edges { node { timeline(first: 500) { edges { node { version type at actorId stage detail } } } } } } }""",
            "MAX_COMPLEXITY_EXCEEDED"),
        Doc("document: fragment cycle", "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }", "NO_FRAGMENT_CYCLES"),
        Doc("document: fragment spreads itself", "query { ...A } fragment A on Query { __typename ...A }", "NO_FRAGMENT_CYCLES"),
        Doc("document: 11 operations", string.Join(" ", Enumerable.Range(0, 11).Select(i => $"query q{i} {{ __typename }}")), "MAX_OPERATIONS_EXCEEDED", operationName: "q0"),
        Doc("document: 60 directives", "{ " + string.Join(" ", Enumerable.Range(0, 60).Select(_ => "__typename @include(if: true)")) + " }", "MAX_DIRECTIVES_EXCEEDED"),
        Doc("document: repeated directive", "{ __typename @skip(if: false) @skip(if: false) }", "UNIQUE_DIRECTIVES_PER_LOCATION"),
        Doc("document: unknown directive", "{ __typename @exec(cmd: \"rm -rf /\") }", "KNOWN_DIRECTIVES"),
        Doc("document: directive argument of wrong type", "{ __typename @skip(if: \"yes\") }", "ARGUMENTS_OF_CORRECT_TYPE"),
        Doc("document: 10,000-character string literal", "{ journey(id: \"" + Payloads.TenThousand + "\") { id } }", "INPUT_TOO_LARGE"),
        Doc("document: escaped NUL in a literal", "{ journey(id: \"a\\u0000b\") { id } }", "BAD_USER_INPUT"),
    ];

    private static HostileCase Doc(string name, string query, string code, string? operationName = null) =>
        new(name, f => f.Http.PostRawAsync(
            System.Text.Json.JsonSerializer.Serialize(new { query, operationName }), f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, code);
}
