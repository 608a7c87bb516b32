using Innomed.Api.Schema.Inputs;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Availability;

public sealed class SetWeeklyAvailabilityInput
{
    public PerformerInput Performer { get; set; } = new();
    public string? TimeZone { get; set; }
    public List<AvailabilityBlockInput> Blocks { get; set; } = [];
}
