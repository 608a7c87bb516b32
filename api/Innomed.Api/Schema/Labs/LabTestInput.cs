using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Labs;

public sealed class LabTestInput
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
}
