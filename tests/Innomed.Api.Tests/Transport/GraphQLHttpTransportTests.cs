using System.Net;
using System.Text.Json;
using GraphQL.Validation;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Tests.Transport;

[Trait("Category", "Transport")]
public sealed class GraphQLHttpTransportTests : IAsyncLifetime
{
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";
    private TransportServer _server = null!;

    public async Task InitializeAsync() => _server = await TransportServer.StartAsync(o => o.MaxRequestBodySize = 1024);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("text/plain, application/graphql-response+json;charset=utf-8", GraphQLResponse)]
    public async Task Given_Query_When_PostedWithAccept_Then_200InNegotiatedMediaType(string? accept, string expected)
    {
        var response = await _server.PostAsync("""{"query":"{ hello }"}""", accept);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(expected);
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        (await BodyAsync(response)).GetProperty("data").GetProperty("hello").GetString().ShouldBe("Hello, world");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Given_UnsupportedAccept_When_Posted_Then_406(string accept)
    {
        var response = await _server.PostAsync("""{"query":"{ hello }"}""", accept);

        response.StatusCode.ShouldBe(HttpStatusCode.NotAcceptable);
    }

    [Theory]
    [InlineData("""{"query":"{"}""")]
    [InlineData("""{"query":"{ doesNotExist }"}""")]
    [InlineData("""{"query":"query($n: Int!) { slow(ms: $n) }","variables":{"n":"not a number"}}""")]
    [InlineData("""{"query":"query A { hello } query B { hello }","operationName":"C"}""")]
    public async Task Given_RefusedDocument_When_AcceptingGraphQLResponse_Then_400WithErrorsAndNoData(string body)
    {
        var response = await _server.PostAsync(body, GraphQLResponse);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(GraphQLResponse);
        var json = await BodyAsync(response);
        json.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
        json.TryGetProperty("data", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("""{"query":"{"}""")]
    [InlineData("""{"query":"{ doesNotExist }"}""")]
    [InlineData("""{"query":"query($n: Int!) { slow(ms: $n) }","variables":{"n":"not a number"}}""")]
    public async Task Given_RefusedDocument_When_AcceptingJson_Then_200WithErrors(string body)
    {
        var response = await _server.PostAsync(body, Json);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await BodyAsync(response)).GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task Given_FieldReturnsCodedError_When_Executed_Then_200WithDataAndCode(string accept)
    {
        var response = await _server.PostAsync("""{"query":"{ hello notFound }"}""", accept);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await BodyAsync(response);
        json.GetProperty("data").GetProperty("hello").GetString().ShouldBe("Hello, world");
        var error = json.GetProperty("errors")[0];
        error.GetProperty("message").GetString().ShouldBe("Journey not found");
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("NOT_FOUND");
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task Given_ResolverThrows_When_Executed_Then_InternalErrorWithoutDetails(string accept)
    {
        var response = await _server.PostAsync("""{"query":"{ hello boom }"}""", accept);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain("secret");
        text.ShouldNotContain("InvalidOperation");
        text.ShouldNotContain("   at ");
        var error = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("INTERNAL");
    }

    [Fact]
    public async Task Given_GetQuery_When_VariablesInUrl_Then_200()
    {
        var variables = Uri.EscapeDataString("""{"name":"GET"}""");
        var query = Uri.EscapeDataString("query($name: String) { hello(name: $name) }");

        var response = await _server.GetAsync($"?query={query}&variables={variables}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await BodyAsync(response)).GetProperty("data").GetProperty("hello").GetString().ShouldBe("Hello, GET");
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task Given_Mutation_When_SentWithGet_Then_405AllowPostAndNotExecuted(string accept)
    {
        var response = await _server.GetAsync("?query=" + Uri.EscapeDataString("mutation { increment }"), accept);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["POST"]);
        _server.Counter.Value.ShouldBe(0);
    }

    [Fact]
    public async Task Given_Mutation_When_Posted_Then_Executed()
    {
        var response = await _server.PostAsync("""{"query":"mutation { increment(by: 2) }"}""");

        (await BodyAsync(response)).GetProperty("data").GetProperty("increment").GetInt32().ShouldBe(2);
        _server.Counter.Value.ShouldBe(2);
    }

    [Fact]
    public async Task Given_OtherMethod_When_Sent_Then_405AllowGetPost()
    {
        var response = await _server.Client.PutAsync("/graphql", new StringContent("{}"));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["GET", "POST"]);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Given_Subscription_When_Posted_Then_RefusedWithError(string accept, HttpStatusCode expected)
    {
        var response = await _server.PostAsync("""{"query":"subscription { events }"}""", accept);

        response.StatusCode.ShouldBe(expected);
        var json = await BodyAsync(response);
        json.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("graphql-transport-ws");
        _server.Hub.ActiveSubscribers.ShouldBe(0);
    }

    [Theory]
    [InlineData("{ \"not a JSON", "Unparsable JSON body")]
    [InlineData("""[{"query":"{ hello }"}]""", "JSON body must be an object")]
    [InlineData("""{"notquery":"{ hello }"}""", "Missing query")]
    [InlineData("""{"query":42}""", "Invalid query")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""", "Invalid variables")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""", "Invalid variables")]
    [InlineData("""{"query":"{ hello }","operationName":false}""", "Invalid operationName")]
    [InlineData("""{"query":"{ hello }","extensions":["array"]}""", "Invalid extensions")]
    [InlineData("", "Missing body")]
    public async Task Given_MalformedRequest_When_Posted_Then_400WithMessage(string body, string message)
    {
        foreach (var accept in new[] { Json, GraphQLResponse })
        {
            var response = await _server.PostAsync(body, accept);

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var json = await BodyAsync(response);
            json.GetProperty("errors")[0].GetProperty("message").GetString().ShouldBe(message);
            json.TryGetProperty("data", out _).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Given_NullOptionalMembers_When_Posted_Then_200()
    {
        var response = await _server.PostAsync("""{"query":"{ hello }","variables":null,"operationName":null,"extensions":null}""", GraphQLResponse);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await BodyAsync(response)).TryGetProperty("errors", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Given_UnsupportedContentType_When_Posted_Then_415(string contentType)
    {
        var response = await _server.PostAsync("""{"query":"{ hello }"}""", Json, contentType);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Given_NoContentType_When_Posted_Then_415()
    {
        var response = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Given_BodyOverLimit_When_PostedWithLength_Then_413()
    {
        var body = """{"query":"{ hello }","extensions":{"pad":"PAD"}}""".Replace("PAD", new string('x', 2000), StringComparison.Ordinal);

        var response = await _server.PostAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Given_BodyOverLimit_When_PostedChunked_Then_413()
    {
        var body = """{"query":"{ hello }","extensions":{"pad":"PAD"}}""".Replace("PAD", new string('x', 2000), StringComparison.Ordinal);
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Json);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _server.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Given_TwoRequests_When_ResolvingScopedService_Then_EachHasItsOwnScope()
    {
        var first = await BodyAsync(await _server.PostAsync("""{"query":"{ a: scopeId b: scopeId }"}"""));
        var second = await BodyAsync(await _server.PostAsync("""{"query":"{ a: scopeId }"}"""));

        var data = first.GetProperty("data");
        data.GetProperty("a").GetString().ShouldBe(data.GetProperty("b").GetString());
        second.GetProperty("data").GetProperty("a").GetString().ShouldNotBe(data.GetProperty("a").GetString());
    }

    [Fact]
    public async Task Given_Browser_When_GetWithoutQuery_Then_IdePage()
    {
        var response = await _server.GetAsync(string.Empty, "text/html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("GraphiQL");
    }

    [Fact]
    public async Task Given_Browser_When_GetWithQuery_Then_GraphQLResult()
    {
        var response = await _server.GetAsync("?query=" + Uri.EscapeDataString("{ hello }"), "text/html");

        // text/html is not acceptable for a GraphQL result.
        response.StatusCode.ShouldBe(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Given_CustomContextFactoryAndHook_When_Executed_Then_UserContextAndRulesApplied()
    {
        await using var server = await TransportServer.StartAsync(
            options => options.ConfigureExecution = (execution, context) =>
            {
                execution.UserContext["viewer"] = $"{context.UserContext["viewer"]} via {context.Transport}";
                execution.ValidationRules = (execution.ValidationRules ?? DocumentValidator.CoreRules).Append(new NoBoomRule());
            },
            services => services.AddSingleton<IGraphQLRequestContextFactory, FixedViewerContextFactory>());

        var viewer = await BodyAsync(await server.PostAsync("""{"query":"{ viewer }"}"""));
        var refused = await server.PostAsync("""{"query":"{ boom }"}""", GraphQLResponse);

        viewer.GetProperty("data").GetProperty("viewer").GetString().ShouldBe("dr-house via Http");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await BodyAsync(refused)).GetProperty("errors")[0].GetProperty("message").GetString().ShouldBe("no boom");
    }

    [Fact]
    public async Task Given_AMutationPostedOnce_When_TheSameDocumentComesWithGet_Then_StillRefusedFromTheCache()
    {
        (await BodyAsync(await _server.PostAsync("""{"query":"mutation { increment }"}"""))).GetProperty("data").GetProperty("increment").GetInt32().ShouldBe(1);

        var response = await _server.GetAsync("?query=" + Uri.EscapeDataString("mutation { increment }"));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed, "the HTTP method rule runs on cached documents too");
        _server.Counter.Value.ShouldBe(1);
    }

    [Fact]
    public async Task Given_ADocumentRefusedOnce_When_SentAgain_Then_RefusedAgainAndAValidOneIsServedFromTheCacheWithNewVariables()
    {
        for (var i = 0; i < 2; i++)
        {
            var refused = await _server.PostAsync("""{"query":"{ doesNotExist }"}""", GraphQLResponse);
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a refused document is never cached as valid");
        }
        foreach (var name in new[] { "one", "two" })
        {
            var body = await BodyAsync(await _server.PostAsync($$$"""{"query":"query($name: String) { hello(name: $name) }","variables":{"name":"{{{name}}}"}}"""));
            body.GetProperty("data").GetProperty("hello").GetString().ShouldBe($"Hello, {name}");
        }
        var badVariables = await _server.PostAsync("""{"query":"query($name: String) { hello(name: $name) }","variables":{"name":{"not":"a string"}}}""", GraphQLResponse);
        badVariables.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "variables are checked on every request, cached document or not");
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
