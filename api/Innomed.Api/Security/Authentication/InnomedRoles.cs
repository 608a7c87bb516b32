namespace Innomed.Api.Security.Authentication;

/// <summary>
/// The role names a token may carry. Anything else is removed from the principal when the token is
/// validated: the schema parses roles into <c>ActorRole</c>, and "System" (or its number) coming
/// from an identity provider must never become the all-powerful system actor.
/// </summary>
public static class InnomedRoles
{
    public const string Patient = "Patient";
    public const string Gp = "Gp";
    public const string Specialist = "Specialist";
    public const string HospitalStaff = "HospitalStaff";
    public const string Biologist = "Biologist";
    public const string Radiologist = "Radiologist";
    public const string Regulator = "Regulator";
    public const string Admin = "Admin";

    /// <summary>Reads audit trails (GDPR data-protection officer); sees no clinical data by itself.</summary>
    public const string DataProtectionOfficer = "DataProtectionOfficer";

    /// <summary>Every role a token may carry, in their canonical spelling.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Patient, Gp, Specialist, HospitalStaff, Biologist, Radiologist, Regulator, Admin, DataProtectionOfficer];

    /// <summary>The canonical spelling of a known role (identity providers vary in case), or null.</summary>
    public static string? Normalise(string? role) =>
        role is null ? null : All.FirstOrDefault(known => string.Equals(known, role.Trim(), StringComparison.OrdinalIgnoreCase));
}
