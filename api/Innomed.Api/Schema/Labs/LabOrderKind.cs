namespace Innomed.Api.Schema.Labs;

/// <summary>What an order asks for: tests from a lab, or an exam from a radiology centre.</summary>
public enum LabOrderKind
{
    Lab,
    Imaging,
}
