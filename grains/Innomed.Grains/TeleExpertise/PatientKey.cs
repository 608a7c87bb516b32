using System.Security.Cryptography;
using System.Text;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// The key the yearly cap counts a patient by. The INS (national health identifier) when the journey
/// has one, so every journey of the patient shares the cap; otherwise the journey itself (a patient
/// without INS could be counted twice across journeys: the GP records the INS to avoid it). The key
/// is a hash, never the INS: grain keys travel through Orleans logs and storage tables.
/// </summary>
public static class PatientKey
{
    public static string For(PatientIdentity? patient, Guid journeyId)
    {
        var ins = Normalise(patient?.Ins);
        var source = ins is null ? $"journey:{journeyId:N}" : $"ins:{ins}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("innomed-te-cap|" + source)))[..32];
    }

    public static string LedgerKey(PatientIdentity? patient, Guid journeyId, int year) => $"{For(patient, journeyId)}:{year}";

    private static string? Normalise(string? ins)
    {
        if (string.IsNullOrWhiteSpace(ins)) return null;
        var compact = new string(ins.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '.').ToArray()).ToUpperInvariant();
        return compact.Length == 0 ? null : compact;
    }
}
