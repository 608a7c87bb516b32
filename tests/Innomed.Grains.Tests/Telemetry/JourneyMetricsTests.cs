using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Innomed.Grains.Journeys;
using Innomed.Grains.Tests.Cluster;

namespace Innomed.Grains.Tests.Telemetry;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class JourneyMetricsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_AMeterListener_When_AJourneyIsStartedAndTriaged_Then_TransitionsAndTheLevelAreCountedWithoutIds()
    {
        var seen = new ConcurrentBag<(string Instrument, Dictionary<string, string?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == JourneyMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
            seen.Add((instrument.Name, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        listener.Start();
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var journey = fixture.Client.GetGrain<IJourneyGrain>(Guid.NewGuid());

        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.Urgent }, net.Gp);

        seen.ShouldContain(m => m.Instrument == "innomed.journey.stage.transitions" && m.Tags["from"] == "None" && m.Tags["to"] == "Triage");
        seen.ShouldContain(m => m.Instrument == "innomed.journey.stage.transitions" && m.Tags["from"] == "Triage" && m.Tags["to"] == "AwaitingPrimaryCare");
        seen.ShouldContain(m => m.Instrument == "innomed.triage.results" && m.Tags["level"] == "Urgent");
        var ids = new[] { journey.GetPrimaryKey().ToString(), net.GpId, net.TerritoryId };
        seen.SelectMany(m => m.Tags.Values).ShouldNotContain(v => ids.Contains(v));
    }
}
