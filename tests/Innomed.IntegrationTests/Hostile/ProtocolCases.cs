using System.Net;
using System.Text;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>Requests the HTTP transport must refuse before GraphQL sees them.</summary>
public static class ProtocolCases
{
    private const string Ok = """{ __typename }""";

    public static IEnumerable<HostileCase> All =>
    [
        new("http: malformed JSON body", f => f.Http.PostRawAsync("""{"query": "{ __typename }" """, f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: JSON array body (batch)", f => f.Http.PostRawAsync("""[{"query":"{ __typename }"}]""", f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: JSON string body", f => f.Http.PostRawAsync("\"{ __typename }\"", f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: query is a number", f => f.Http.PostRawAsync("""{"query": 42}""", f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: variables is a string", f => f.Http.PostRawAsync("""{"query":"{ __typename }","variables":"{}"}""", f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: operationName is an object", f => f.Http.PostRawAsync("""{"query":"{ __typename }","operationName":{}}""", f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: no query member", f => f.Http.PostRawAsync("{}", f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: empty body", f => f.Http.PostRawAsync("", f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: text/plain body", f => f.Http.PostRawAsync(Json(Ok), f.Token(HostileFixture.Gp), "text/plain"), HttpStatusCode.UnsupportedMediaType, "BAD_REQUEST"),
        new("http: form-urlencoded body", f => f.Http.PostRawAsync("query=%7B__typename%7D", f.Token(HostileFixture.Gp), "application/x-www-form-urlencoded"), HttpStatusCode.UnsupportedMediaType, "BAD_REQUEST"),
        new("http: latin-1 charset", f => f.Http.PostRawAsync(Json(Ok), f.Token(HostileFixture.Gp), "application/json; charset=iso-8859-1"), HttpStatusCode.UnsupportedMediaType, "BAD_REQUEST"),
        new("http: 70 KiB body", f => f.Http.PostRawAsync(Json("{ __typename }" + new string(' ', 70 * 1024)), f.Token(HostileFixture.Gp)), HttpStatusCode.RequestEntityTooLarge, "BAD_REQUEST"),
        new("http: JSON nested 200 deep", f => f.Http.PostRawAsync(Payloads.DeepJsonVariables(200), f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: invalid UTF-8 in the query", f => f.Http.SendAsync(HttpMethod.Post, "/graphql",
            new ByteArrayContent([.. "{\"query\":\"{ __typename "u8.ToArray(), 0xC3, 0x28, 0xFF, .. " }\"}"u8.ToArray()]) { Headers = { { "Content-Type", "application/json" } } },
            f.Token(HostileFixture.Gp), "application/graphql-response+json"), HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: unpaired surrogate escape in the query", f => f.Http.PostRawAsync("""{"query":"{ __typename } # \ud800"}""", f.Token(HostileFixture.Gp)),
            HttpStatusCode.BadRequest, "BAD_REQUEST"),
        new("http: mutation over GET", f => f.Http.SendAsync(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("mutation { cancelJourney(input: { journeyId: \"" + f.JourneyId + "\", reason: \"x\" }) { journey { id } } }"),
            token: f.Token(HostileFixture.Gp), accept: "application/graphql-response+json"), HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"),
        new("http: PUT", f => f.Http.SendAsync(HttpMethod.Put, "/graphql", new StringContent(Json(Ok), Encoding.UTF8, "application/json"), f.Token(HostileFixture.Gp)), HttpStatusCode.MethodNotAllowed, "BAD_REQUEST"),
        new("http: Accept text/plain only", f => f.Http.PostRawAsync(Json(Ok), f.Token(HostileFixture.Gp), accept: "text/plain"), HttpStatusCode.NotAcceptable, null),
        new("http: subscription over HTTP", f => f.Http.PostAsync("subscription($j: ID!) { journeyUpdated(journeyId: $j) { version } }", new { j = f.JourneyId }, f.Token(HostileFixture.Gp)), HttpStatusCode.BadRequest, "SUBSCRIPTION_OVER_HTTP"),
    ];

    public static string Json(string query) => System.Text.Json.JsonSerializer.Serialize(new { query });
}
