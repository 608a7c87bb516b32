namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// What a TELE_EXPERTISE step carries besides the common step fields: the question, the experts
/// asked so far, the escalations, the answer and its remunerated acts. Immutable: the journey
/// replaces it on each change. The current expert is the step's performer, the current due-by the step's.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.tele-expertise")]
public sealed record TeleExpertiseDetails
{
    [Id(0)] public required string Question { get; init; }
    [Id(1)] public IReadOnlyList<DocumentReference> Attachments { get; init; } = [];
    /// <summary>The first expert's specialty: escalations look for another expert of it.</summary>
    [Id(2)] public string? Specialty { get; init; }
    [Id(3)] public required DateTimeOffset RequestedAt { get; init; }
    /// <summary>The due-by the requester was promised; escalations set new ones on the step.</summary>
    [Id(4)] public required DateTimeOffset InitialDueBy { get; init; }
    /// <summary>When the current expert was asked.</summary>
    [Id(5)] public required DateTimeOffset AssignedAt { get; init; }
    /// <summary>Every expert asked, in order; the last one is the current expert.</summary>
    [Id(6)] public IReadOnlyList<string> AskedExpertIds { get; init; } = [];
    [Id(7)] public IReadOnlyList<TeleExpertiseEscalation> Escalations { get; init; } = [];
    /// <summary>Set when the due-by passed and no other expert of the specialty was left to ask.</summary>
    [Id(8)] public DateTimeOffset? EscalationFailedAt { get; init; }
    [Id(9)] public TeleExpertiseOutcome Outcome { get; init; } = TeleExpertiseOutcome.Pending;
    [Id(10)] public string? Answer { get; init; }
    [Id(11)] public IReadOnlyList<DocumentReference> AnswerAttachments { get; init; } = [];
    [Id(12)] public DateTimeOffset? AnsweredAt { get; init; }
    [Id(13)] public string? AnsweredBy { get; init; }
    [Id(14)] public Guid? ConvertedToStepId { get; init; }
    [Id(15)] public IReadOnlyList<RemuneratedAct> Acts { get; init; } = [];
    /// <summary>The journey version that recorded the answer: statements are fed from there.</summary>
    [Id(16)] public int AnsweredVersion { get; init; }

    /// <summary>Answer time minus request time (escalations included: what the requester waited).</summary>
    public TimeSpan? ResponseTime => AnsweredAt - RequestedAt;

    /// <summary>Answered no later than the due-by the requester was promised.</summary>
    public bool? WithinDueBy => AnsweredAt is { } at ? at <= InitialDueBy : null;
}
