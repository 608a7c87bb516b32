using Innomed.Grains.Directory;
using Innomed.Grains.Errors;

namespace Innomed.Grains.Directory;

/// <summary>Checks on directory entries before they are stored.</summary>
internal static class DirectoryValidation
{
    public static void Practitioner(PractitionerProfile p, string key)
    {
        if (p.Id != key) throw new InvalidInputException("id", "The profile id must match the practitioner key.");
        Required("familyName", p.FamilyName);
        Required("givenName", p.GivenName);
        Required("territoryId", p.TerritoryId);
    }

    public static void Unit(HospitalUnitProfile u, string key)
    {
        if (u.Id != key) throw new InvalidInputException("id", "The profile id must match the unit key.");
        Required("hospitalId", u.HospitalId);
        Required("name", u.Name);
        Required("territoryId", u.TerritoryId);
    }

    public static void Capacity(UnitCapacity c)
    {
        if (c.BedsTotal < 0 || c.BedsOccupied < 0 || c.ErWaiting < 0 || c.ErLongestWaitMinutes < 0 || c.DoctorsOnDuty < 0)
            throw new InvalidInputException("capacity", "Capacity figures cannot be negative.");
        if (c.BedsTotal > 10_000 || c.ErWaiting > 10_000)
            throw new InvalidInputException("capacity", "Capacity figures are implausibly large.");
    }

    private static void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
            throw new InvalidInputException(field, $"'{field}' is required (at most 200 characters).");
    }
}
