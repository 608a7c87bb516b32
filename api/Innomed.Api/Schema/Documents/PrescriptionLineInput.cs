namespace Innomed.Api.Schema.Documents;

public sealed class PrescriptionLineInput
{
    public string Text { get; set; } = "";
    public string? Dosage { get; set; }
    public string? Duration { get; set; }
    public string? Quantity { get; set; }
}
