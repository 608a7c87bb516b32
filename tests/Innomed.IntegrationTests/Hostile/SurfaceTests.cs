using System.Net;
using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>What every response carries (security headers), what browsers may do cross-origin, and what legitimate clients still get through the limits.</summary>
[Collection(HostileCollection.Name)]
[Trait("Category", "Hostile")]
public sealed class SurfaceTests(HostileFixture fixture)
{
    [Theory]
    [InlineData("graphql")]
    [InlineData("unauthorised")]
    [InlineData("not found")]
    [InlineData("graphiql")]
    [InlineData("web app")]
    public async Task Given_AnyResponse_When_Inspected_Then_SecurityHeadersArePresent(string kind)
    {
        var outcome = kind switch
        {
            "graphql" => await fixture.Http.PostAsync("{ __typename }", token: fixture.Token(HostileFixture.Gp)),
            "unauthorised" => await fixture.Http.PostAsync("{ __typename }", token: TokenForge.AlgNone()),
            // Unknown client routes get the web app's page (deep links); a missing asset is a real 404.
            "not found" => await fixture.Http.SendAsync(HttpMethod.Get, "/assets/nothing-here.js"),
            "web app" => await fixture.Http.SendAsync(HttpMethod.Get, "/gp/some-journey", accept: "text/html"),
            _ => await fixture.Http.SendAsync(HttpMethod.Get, "/graphql", accept: "text/html"),
        };

        Header(outcome, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(outcome, "X-Frame-Options").ShouldBe("DENY");
        Header(outcome, "Referrer-Policy").ShouldBe("no-referrer");
        Header(outcome, "Permissions-Policy").ShouldContain("camera=()");
        var csp = Header(outcome, "Content-Security-Policy");
        csp.ShouldContain("frame-ancestors 'none'");
        if (kind is "graphiql" or "web app")
        {
            csp.ShouldContain("script-src 'self'");
            csp.ShouldNotContain("unsafe-eval");
        }
        else
        {
            csp.ShouldStartWith("default-src 'none'");
        }

        if (kind == "graphql") Header(outcome, "Cache-Control").ShouldBe("no-store");
        outcome.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("HSTS is for HTTPS responses only");
    }

    [Fact]
    public async Task Given_NoConfiguredOrigins_When_AnotherOriginAsks_Then_NoCorsGrant()
    {
        var preflight = await fixture.Http.SendAsync(HttpMethod.Options, "/graphql", tweak: r =>
        {
            r.Headers.Add("Origin", "https://evil.example");
            r.Headers.Add("Access-Control-Request-Method", "POST");
            r.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        });
        var simple = await fixture.Http.SendAsync(HttpMethod.Post, "/graphql",
            new StringContent(ProtocolCases.Json("{ __typename }"), System.Text.Encoding.UTF8, "application/json"),
            fixture.Token(HostileFixture.Gp), tweak: r => r.Headers.Add("Origin", "https://evil.example"));

        preflight.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        simple.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        simple.Headers.Contains("Access-Control-Allow-Credentials").ShouldBeFalse();
    }

    [Fact]
    public async Task Given_EmbeddedRun_When_GraphiQLIntrospects_Then_TheFullQueryPassesTheLimits()
    {
        var outcome = await fixture.Http.PostAsync(GraphiQLIntrospection.Query, token: fixture.Token(HostileFixture.Gp));

        outcome.Status.ShouldBe(HttpStatusCode.OK, outcome.ToString());
        JsonNode.Parse(outcome.Body)!["data"]!["__schema"]!["types"]!.AsArray().Count.ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task Given_TheReferenceJourneyQuery_When_ReadByItsGp_Then_ItPassesTheLimits()
    {
        // The widest read the tests and the web app make: every field, steps, tree, 500 timeline events.
        var outcome = await fixture.Http.PostAsync(
            $"query($j: ID!) {{ journey(id: $j) {{ {EndToEnd.JourneyScript.JourneyFields} }} }}", new { j = fixture.JourneyId }, fixture.Token(HostileFixture.Gp));

        outcome.Status.ShouldBe(HttpStatusCode.OK, outcome.ToString());
        outcome.Code.ShouldBeNull(outcome.ToString());
    }

    private static string Header(HttpOutcome outcome, string name) =>
        outcome.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : outcome.ContentHeaders is not null && outcome.ContentHeaders.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new ShouldAssertException($"{name} missing on {outcome}");
}
