namespace Innomed.Grains.Journeys;

/// <summary>The role an actor acts in. <see cref="System"/> is Innomed itself (timers, imports).</summary>
public enum ActorRole
{
    Patient,
    Gp,
    Specialist,
    HospitalStaff,
    Biologist,
    Radiologist,
    Regulator,
    Admin,
    System,
    /// <summary>Data-protection officer: reads audit trails, no clinical data.</summary>
    DataProtectionOfficer,
}
