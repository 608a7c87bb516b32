using System.Diagnostics;
using Innomed.IntegrationTests.EndToEnd;
using Innomed.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Innomed.IntegrationTests.Privacy;

/// <summary>
/// Traces cross HTTP, GraphQL, grain calls and Npgsql; none of them may carry patient data, whether
/// it arrives in a POST body or in a GET query string.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Security")]
public sealed class TracePrivacyTests(PostgresServer postgres)
{
    private const string Name = "Zyxwvut";

    [Fact]
    public async Task GivenPatientDataInRequests_WhenTracesAreExported_ThenNoSpanCarriesIt()
    {
        var spans = new List<Activity>();
        await using (var host = await InnomedProcess.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Innomed"] = await postgres.CreateDatabaseAsync(),
            ["Innomed:SeedDemo"] = "true",
            ["Innomed:Telemetry:Traces"] = "true", // no exporter configured: spans are collected only when asked
        }, b => b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))))
        {
            var id = await JourneyScript.StartAsync(host, Name);
            await JourneyScript.TriageAsync(host, id, ("reason", $"{Name} a mal au ventre"), ("pain", "3"), ("temperature", "37"));
            using var http = new HttpClient { BaseAddress = host.BaseAddress };
            // Grain keys (journey GUIDs, RPPS numbers, unit codes) do appear in traces, by design: they are
            // never patient data. The name travels here as a variable in a GET query string.
            var get = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("query($n: String) { __typename }")
                + "&variables=" + Uri.EscapeDataString($"{{\"n\":\"{Name}\"}}"));
            get.IsSuccessStatusCode.ShouldBeTrue();
            (await JourneyScript.ReadAsync(host, id))["patient"]!["familyName"]!.GetValue<string>().ShouldBe(Name);
        }

        lock (spans)
        {
            spans.Count.ShouldBeGreaterThan(10, "tracing must actually be on for this test to mean anything");
            spans.ShouldContain(s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
            spans.ShouldContain(s => s.Source.Name == "Npgsql");
            foreach (var span in spans)
            {
                span.DisplayName.ShouldNotContain(Name);
                foreach (var (key, value) in span.TagObjects) (value?.ToString() ?? "").ShouldNotContain(Name, customMessage: $"{span.Source.Name} {span.DisplayName} tag {key}");
                foreach (var evt in span.Events)
                    foreach (var (key, value) in evt.Tags) (value?.ToString() ?? "").ShouldNotContain(Name, customMessage: $"{span.DisplayName} event {evt.Name} {key}");
            }
        }
    }
}
