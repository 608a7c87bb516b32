using Innomed.Grains.Journeys;

namespace Innomed.Grains.Journeys;

/// <summary>
/// The journey grain's persisted state: the single source of truth the stage and step machines
/// read and write. New members get new ids so older rows still read (tolerant serialisation).
/// </summary>
[GenerateSerializer, Alias("innomed.journey-state")]
public sealed class JourneyState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public string TerritoryId { get; set; } = "";
    [Id(2)] public JourneyStage Stage { get; set; } = JourneyStage.Triage;
    [Id(3)] public int Version { get; set; }
    [Id(4)] public PatientIdentity? Patient { get; set; }
    [Id(5)] public TriageResult? Triage { get; set; }
    [Id(6)] public string? PrimaryPractitionerId { get; set; }
    [Id(7)] public Guid RootStepId { get; set; }
    [Id(8)] public List<StepState> Steps { get; set; } = [];
    [Id(9)] public List<JourneyEvent> Events { get; set; } = [];
    [Id(10)] public DateTimeOffset CreatedAt { get; set; }
    [Id(11)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(12)] public DateTimeOffset? EndedAt { get; set; }
    [Id(13)] public string? Outcome { get; set; }
    [Id(14)] public string? CancellationReason { get; set; }
    [Id(15)] public DateTimeOffset? OverdueSince { get; set; }
    [Id(16)] public string? PatientUserId { get; set; }
    /// <summary>Last version every index grain has acknowledged; behind <see cref="Version"/> means a redelivery is due.</summary>
    [Id(17)] public int IndexedVersion { get; set; }
    /// <summary>The chatbot's answers so far (normalised), so a patient can resume where they stopped.</summary>
    [Id(18)] public List<TriageAnswer> TriageAnswers { get; set; } = [];
    [Id(19)] public List<Labs.LabAlert> Alerts { get; set; } = [];

    public bool IsStarted => Version > 0;

    public StepState? FindStep(Guid id) => Steps.Find(s => s.Id == id);
}
