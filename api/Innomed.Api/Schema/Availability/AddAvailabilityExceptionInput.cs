using Innomed.Api.Schema.Inputs;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Availability;

public sealed class AddAvailabilityExceptionInput
{
    public PerformerInput Performer { get; set; } = new();
    public DateOnly Date { get; set; }
    public AvailabilityOverrideKind Kind { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public int? SlotMinutes { get; set; }
    public bool? ReservedForUrgent { get; set; }
    public string? Note { get; set; }
}
