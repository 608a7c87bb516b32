using Innomed.Api.Schema.Inputs;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Availability;

public sealed class CancelBookingInput
{
    public string JourneyId { get; set; } = "";
    public string StepId { get; set; } = "";
    public string Reason { get; set; } = "";
}
