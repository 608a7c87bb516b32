namespace Innomed.Grains.Directory;

/// <summary>Hospital units, plus labs and radiology centres, which take orders like a unit does.</summary>
public enum UnitKind
{
    Emergency,
    Icu,
    Usi,
    Conventional,
    DayHospital,
    Laboratory,
    Radiology,
}
