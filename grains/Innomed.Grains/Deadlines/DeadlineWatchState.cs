namespace Innomed.Grains.Deadlines;

[GenerateSerializer, Alias("innomed.deadline-watch-state")]
public sealed class DeadlineWatchState
{
    /// <summary>Pending deadlines only: an entry leaves when its journey no longer waits on it.</summary>
    [Id(0)] public Dictionary<(Guid JourneyId, DeadlineKind Kind), DateTimeOffset> Due { get; set; } = [];
}
