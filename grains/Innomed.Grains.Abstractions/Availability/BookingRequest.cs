using Innomed.Grains.Journeys;

namespace Innomed.Grains.Availability;

/// <summary>
/// Asks a calendar for the slot starting at <see cref="Start"/> for one journey step. The step
/// (journey + step id) is the holder: asking again is idempotent, and a step holds one slot, so
/// booking another one is a reschedule.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.booking-request")]
public sealed record BookingRequest
{
    [Id(0)] public required Guid JourneyId { get; init; }
    [Id(1)] public required Guid StepId { get; init; }
    [Id(2)] public required DateTimeOffset Start { get; init; }
    [Id(3)] public required Actor Actor { get; init; }
    /// <summary>A GP booking for an urgent referral: may take slots reserved for that.</summary>
    [Id(4)] public bool ForUrgentReferral { get; init; }
}
