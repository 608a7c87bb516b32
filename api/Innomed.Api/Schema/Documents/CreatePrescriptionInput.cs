using Innomed.Api.Documents;

namespace Innomed.Api.Schema.Documents;

public sealed class CreatePrescriptionInput
{
    public string JourneyId { get; set; } = "";
    public string? StepId { get; set; }
    public PrescriptionCategory Category { get; set; }
    public List<PrescriptionLineInput> Lines { get; set; } = [];
    public string? Notes { get; set; }
}
