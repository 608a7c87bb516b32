using Innomed.Api.Security.Hardening;
using Innomed.Api.Transport;

namespace Innomed.Api.Tests.Hardening;

[Trait("Category", "Hardening")]
public sealed class DocumentLimitsTests
{
    private readonly LimitsHarness _harness = new(new InnomedLimitsOptions
    {
        MaxDocumentLength = 2_000, MaxTokens = 200, MaxParserDepth = 20, MaxDepth = 5, MaxComplexity = 500,
        MaxAliases = 3, MaxOperations = 2, MaxDirectives = 3, MaxListItems = 3, MaxStringLength = 10, MaxInputDepth = 3,
    });

    [Theory]
    [InlineData("{ a }", null)]
    [InlineData("{ node { child { child { id } } } }", null)]
    [InlineData("{ node { child { child { child { child { child { id } } } } } } }", "MAX_DEPTH_EXCEEDED")]
    [InlineData("{ nodes(first: 100) { children(first: 100) { id } } }", "MAX_COMPLEXITY_EXCEEDED")]
    [InlineData("{ x1: a x2: a x3: a }", null)]
    [InlineData("{ x1: a x2: a x3: a x4: a }", "MAX_ALIASES_EXCEEDED")]
    [InlineData("query q { ...F } fragment F on Query { x1: a x2: a } fragment G on Query { x3: a x4: a }", "MAX_ALIASES_EXCEEDED")]
    [InlineData("query q { a } query q2 { a } query q3 { a }", "MAX_OPERATIONS_EXCEEDED")]
    [InlineData("{ a @skip(if: false) b: a @skip(if: false) c: a @skip(if: false) d: node @skip(if: false) { id } }", "MAX_DIRECTIVES_EXCEEDED")]
    [InlineData("{ echo(text: \"0123456789x\") }", "INPUT_TOO_LARGE")]
    [InlineData("{ echo(text: \"a\\u0000\") }", "BAD_USER_INPUT")]
    [InlineData("{ echo(text: \"a\\u202Eb\") }", "BAD_USER_INPUT")]
    [InlineData("{ echo(text: \"a\\nb\\tc\") }", null)]
    [InlineData("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }", "NO_FRAGMENT_CYCLES")]
    [InlineData("{ a(", "SYNTAX_ERROR")]
    public async Task Given_Document_When_Validated_Then_ExpectedCode(string query, string? code) =>
        (await _harness.CodeAsync(query)).ShouldBe(code);

    [Fact]
    public async Task Given_TooLongOrTooManyTokensOrTooDeep_When_Parsed_Then_RefusedBeforeAnyTreeIsBuilt()
    {
        (await _harness.CodeAsync("{ a }" + new string('#', 2_000))).ShouldBe("DOCUMENT_TOO_LARGE");
        (await _harness.CodeAsync("{ " + string.Concat(Enumerable.Repeat("a ", 300)) + "}")).ShouldBe("DOCUMENT_TOO_LARGE");
        (await _harness.CodeAsync(string.Concat(Enumerable.Repeat("{ node ", 30)) + "{ id }" + new string('}', 30))).ShouldBe("MAX_DEPTH_EXCEEDED");
        LimitedDocumentBuilder.CountTokens("{ a b c }", 100).ShouldBe(5);
        LimitedDocumentBuilder.CountTokens("{ a b c }", 2).ShouldBe(2);
    }

    [Fact]
    public async Task Given_LimitRefusal_When_Serialised_Then_CodeInExtensionsAndNoData()
    {
        var result = await _harness.RunAsync("{ x1: a x2: a x3: a x4: a }");

        result.Executed.ShouldBeFalse();
        result.Errors![0].ShouldBeAssignableTo<GraphQL.Execution.DocumentError>("the HTTP transport answers 400 for document errors");
        LimitsHarness.Serializer.Serialize(result).ShouldContain("\"code\":\"MAX_ALIASES_EXCEEDED\"");
    }

    [Theory]
    [InlineData("""{ "t": "short" }""", null)]
    [InlineData("""{ "t": "0123456789x" }""", "INPUT_TOO_LARGE")]
    [InlineData("""{ "items": ["a", "b", "c", "d"] }""", "INPUT_TOO_LARGE")]
    [InlineData("""{ "t": "bell\u0007" }""", "BAD_USER_INPUT")]
    [InlineData("""{ "deep": [[[["x"]]]] }""", "INPUT_TOO_LARGE")]
    public async Task Given_Variables_When_Validated_Then_ExpectedCode(string json, string? code)
    {
        var variables = LimitsHarness.Serializer.Deserialize<GraphQL.Inputs>(json)!;
        var query = variables.ContainsKey("items") ? "query($items: [String]) { echo(items: $items) }"
            : variables.ContainsKey("deep") ? "query($deep: [String]) { echo(items: $deep) }"
            : "query($t: String) { echo(text: $t) }";

        (await _harness.CodeAsync(query, variables)).ShouldBe(code);
    }

    [Fact]
    public async Task Given_ACachedDocument_When_ItsListSizeComesFromAVariable_Then_ComplexityIsCheckedAgainWithTheseVariables()
    {
        const string query = "query($n: Int) { nodes(first: $n) { children(first: $n) { id } } }";

        (await _harness.CachedCodeAsync(query, LimitsHarness.Variables(new { n = 2 }))).ShouldBeNull();
        (await _harness.CachedCodeAsync(query, LimitsHarness.Variables(new { n = 100 }))).ShouldBe("MAX_COMPLEXITY_EXCEEDED");
        (await _harness.CachedCodeAsync("{ nodes(first: 2) { id } }")).ShouldBeNull("no variable sizes a list: the cached verdict stands");
    }

    [Fact]
    public async Task Given_IntrospectionDisallowed_When_SchemaQueried_Then_NoIntrospectionButTypenameWorks()
    {
        var closed = new LimitsHarness(allowIntrospection: false);

        (await closed.CodeAsync("{ __schema { types { name } } }")).ShouldBe("NO_INTROSPECTION");
        (await closed.CodeAsync("{ __type(name: \"Query\") { name } }")).ShouldBe("NO_INTROSPECTION");
        (await closed.CodeAsync("{ __typename }")).ShouldBeNull();
    }

    [Fact]
    public async Task Given_DefaultLimits_When_GraphiQLIntrospects_Then_ItPasses()
    {
        // graphql-js getIntrospectionQuery(): its type references nest 9 ofType deep.
        const string introspection = """
            query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
              types { ...FullType } directives { name description locations args { ...InputValue } } } }
            fragment FullType on __Type { kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef } }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
            """;

        (await new LimitsHarness().CodeAsync(introspection)).ShouldBeNull();
    }

    [Fact]
    public async Task Given_WebSocket_When_SubscribingBeyondItsBudget_Then_RateLimitedWhileHttpIsNot()
    {
        var harness = new LimitsHarness(rateLimits: new InnomedRateLimitOptions { SubscribeBurst = 2, SubscribePerSecond = 0 });
        var socket = LimitsHarness.Context(GraphQLTransportKind.WebSocket);
        var otherSocket = LimitsHarness.Context(GraphQLTransportKind.WebSocket);

        (await harness.CodeAsync("{ a }", context: socket)).ShouldBeNull();
        (await harness.CodeAsync("{ a }", context: socket)).ShouldBeNull();
        (await harness.CodeAsync("{ a }", context: socket)).ShouldBe("RATE_LIMITED");
        (await harness.CodeAsync("{ a }", context: otherSocket)).ShouldBeNull();
        var http = LimitsHarness.Context(GraphQLTransportKind.Http);
        for (var i = 0; i < 5; i++) (await harness.CodeAsync("{ a }", context: http)).ShouldBeNull();
    }
}
