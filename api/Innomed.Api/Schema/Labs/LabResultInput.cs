using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Labs;

public sealed class LabResultInput
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
    public decimal? Value { get; set; }
    public string? Text { get; set; }
    public string? Unit { get; set; }
    public decimal? ReferenceLow { get; set; }
    public decimal? ReferenceHigh { get; set; }
    public decimal? CriticalLow { get; set; }
    public decimal? CriticalHigh { get; set; }
}
