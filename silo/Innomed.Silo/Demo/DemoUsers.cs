using Innomed.Api.Security.Authentication;
using Innomed.Api.Security.Authentication.DevSignIn;
using Innomed.Grains.Directory;

namespace Innomed.Silo.Demo;

/// <summary>
/// The development sign-in's users: every demo practitioner under the role its directory entry
/// implies, plus demo patients (the people of the seeded journeys), an admin and a data-protection
/// officer. Derived from <see cref="DemoDirectory"/> so the picker never drifts from the seed.
/// </summary>
public sealed class DemoUsers : IDevUserDirectory
{
    public const string Admin = "admin-demo";
    public const string DataProtectionOfficer = "dpo-demo";

    public IReadOnlyList<DevUser> Users { get; } =
    [
        .. DemoDirectory.Practitioners
            .Select(p => RoleOf(p) is { } role
                ? new DevUser(p.Id, $"{p.GivenName} {p.FamilyName}", role, p.UnitId, p.TerritoryId)
                : null)
            .OfType<DevUser>(),
        new("patient-demo-1", "Louise Martin", InnomedRoles.Patient, null, DemoDataSeeder.Territory),
        new("patient-demo-2", "Hugo Bernard", InnomedRoles.Patient, null, DemoDataSeeder.Territory),
        new("patient-demo-3", "Claire Petit", InnomedRoles.Patient, null, DemoDataSeeder.Territory),
        new(Admin, "Admin Démo", InnomedRoles.Admin, null, DemoDataSeeder.Territory),
        new(DataProtectionOfficer, "DPO Démo", InnomedRoles.DataProtectionOfficer, null, DemoDataSeeder.Territory),
    ];

    /// <summary>Hospital doctors act as hospital staff of their unit; a nurse only when attached to a unit.</summary>
    internal static string? RoleOf(PractitionerProfile practitioner) => practitioner.Role switch
    {
        PractitionerRole.Gp => InnomedRoles.Gp,
        PractitionerRole.Specialist => InnomedRoles.Specialist,
        PractitionerRole.HospitalDoctor => InnomedRoles.HospitalStaff,
        PractitionerRole.Biologist => InnomedRoles.Biologist,
        PractitionerRole.Radiologist => InnomedRoles.Radiologist,
        PractitionerRole.Regulator => InnomedRoles.Regulator,
        PractitionerRole.Nurse when practitioner.UnitId is not null => InnomedRoles.HospitalStaff,
        _ => null,
    };
}
