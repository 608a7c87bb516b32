using Innomed.Api.Schema.Inputs;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Availability;

public sealed class RemoveAvailabilityExceptionInput
{
    public PerformerInput Performer { get; set; } = new();
    public string ExceptionId { get; set; } = "";
}
