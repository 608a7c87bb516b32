namespace Innomed.Api.Schema.Inputs;

public sealed class PatientInput
{
    public string FamilyName { get; set; } = "";
    public string GivenName { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public string? Sex { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Ins { get; set; }
}
