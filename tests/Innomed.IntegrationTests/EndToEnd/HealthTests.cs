using System.Diagnostics.Metrics;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>Liveness and readiness of the embedded process, and the gateway's operation-duration metric.</summary>
[Trait("Category", "EndToEnd")]
public sealed class HealthTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task GivenARunningProcess_WhenProbed_ThenHealthyWithoutAuthentication(string path)
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        using var response = await http.GetAsync(path);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task GivenAMeterListener_WhenAQueryRuns_ThenItsDurationIsRecordedByTypeAndOutcome()
    {
        var seen = new List<(double Ms, string?[] Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "innomed.graphql.operation.duration") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, ms, tags, _) =>
        {
            lock (seen) seen.Add((ms, tags.ToArray().Select(t => $"{t.Key}={t.Value}").ToArray()));
        });
        listener.Start();

        await fixture.Host.DataAsync("{ territory(id: \"demo\") { id } }");

        lock (seen) seen.ShouldContain(m => m.Ms >= 0 && m.Tags.Contains("operation=query") && m.Tags.Contains("outcome=ok") && m.Tags.Contains("transport=http"));
    }
}
