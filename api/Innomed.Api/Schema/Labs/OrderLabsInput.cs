using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Labs;

public sealed class OrderLabsInput
{
    public string JourneyId { get; set; } = "";
    public string? ParentStepId { get; set; }
    public string UnitId { get; set; } = "";
    public LabOrderKind? Kind { get; set; }
    public List<LabTestInput>? Tests { get; set; }
    public string? Exam { get; set; }
    public Priority? Priority { get; set; }
    public string ClinicalInformation { get; set; } = "";
    public DateTimeOffset? DueBy { get; set; }
    public string? Note { get; set; }
}
