using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Labs;

public sealed class PostLabResultsInput
{
    public string JourneyId { get; set; } = "";
    public string StepId { get; set; } = "";
    public List<LabResultInput>? Results { get; set; }
    public string? ImagingReport { get; set; }
    public bool? Final { get; set; }
}
