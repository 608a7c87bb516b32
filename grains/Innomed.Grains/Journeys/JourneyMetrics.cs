using System.Diagnostics.Metrics;

namespace Innomed.Grains.Journeys;

/// <summary>
/// Journey metrics (meter <see cref="MeterName"/>), recorded after a change is persisted: stage
/// transitions (journeys by stage = transitions in − out, per stage, in the metrics backend;
/// counters survive silo restarts there, a gauge per process would not), overdue escalations,
/// triage levels. Tags are enums only: no ids, no patient data.
/// </summary>
public static class JourneyMetrics
{
    public const string MeterName = "Innomed.Journeys";
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Transitions = Meter.CreateCounter<long>("innomed.journey.stage.transitions", "{transition}",
        "Journeys moving between stages (from, to).");
    private static readonly Counter<long> Overdue = Meter.CreateCounter<long>("innomed.journey.overdue", "{journey}",
        "Journeys past their triage due-by without a GP.");
    private static readonly Counter<long> Triaged = Meter.CreateCounter<long>("innomed.triage.results", "{triage}", "Triage results by level.");
    private static readonly Counter<long> Events = Meter.CreateCounter<long>("innomed.journey.events", "{event}", "Journey events by type.");

    public static void Record(JourneyEvent evt, JourneyStage before, TriageLevel? level)
    {
        Events.Add(1, new KeyValuePair<string, object?>("type", evt.Type.ToString()));
        if (evt.Stage != before || evt.Type == JourneyEventType.JourneyStarted)
            Transitions.Add(1, new("from", evt.Type == JourneyEventType.JourneyStarted ? "None" : before.ToString()), new("to", evt.Stage.ToString()));
        if (evt.Type == JourneyEventType.Overdue) Overdue.Add(1);
        if (evt.Type is JourneyEventType.TriageSubmitted or JourneyEventType.RedirectedToEmergency && level is { } l)
            Triaged.Add(1, new KeyValuePair<string, object?>("level", l.ToString()));
    }
}
