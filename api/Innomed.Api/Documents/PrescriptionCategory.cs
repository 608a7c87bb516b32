namespace Innomed.Api.Documents;

/// <summary>What a prescription orders: medication for the pharmacist, or tests and care for the lab, imaging or nurses.</summary>
public enum PrescriptionCategory
{
    Medication,
    Laboratory,
    Imaging,
    Nursing,
}
