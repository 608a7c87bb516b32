namespace Innomed.Api.Documents;

/// <summary>One line of a prescription: what (a medication, a test, an act), and for medication how much and how long.</summary>
public sealed record PrescriptionLine(string Text, string? Dosage = null, string? Duration = null, string? Quantity = null);
