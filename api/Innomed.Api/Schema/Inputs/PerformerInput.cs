namespace Innomed.Api.Schema.Inputs;

/// <summary>Exactly one of the two.</summary>
public sealed class PerformerInput
{
    public string? PractitionerId { get; set; }
    public string? UnitId { get; set; }
}
