namespace Innomed.Grains.Journeys;

[GenerateSerializer, Immutable, Alias("innomed.step-note")]
public sealed record StepNote(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string AuthorId,
    [property: Id(2)] string Text);
