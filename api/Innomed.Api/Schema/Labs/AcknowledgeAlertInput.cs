using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Labs;

public sealed class AcknowledgeAlertInput
{
    public string JourneyId { get; set; } = "";
    public string AlertId { get; set; } = "";
}
