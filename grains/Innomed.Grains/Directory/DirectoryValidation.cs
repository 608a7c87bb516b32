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

    /// <summary>
    /// Checks a capacity and returns it normalised: with beds by type, the totals are their sums
    /// (totals given as well must agree). Occupied may exceed total: extra beds are a reality of the ER.
    /// </summary>
    public static UnitCapacity Capacity(UnitCapacity c)
    {
        if (c.BedsTotal < 0 || c.BedsOccupied < 0 || c.ErWaiting < 0 || c.ErLongestWaitMinutes < 0 || c.DoctorsOnDuty < 0)
            throw new InvalidInputException("capacity", "Capacity figures cannot be negative.");
        if (c.BedsTotal > 10_000 || c.ErWaiting > 10_000 || c.BedsOccupied > 10_000 || c.ErLongestWaitMinutes > 7 * 24 * 60
            || c.DoctorsOnDuty > 10_000)
            throw new InvalidInputException("capacity", "Capacity figures are implausibly large.");
        var beds = c.Beds ?? [];
        if (beds.Count == 0) return c with { Beds = [] };
        if (beds.Count > Enum.GetValues<Capacity.BedType>().Length || beds.Select(b => b.Type).Distinct().Count() != beds.Count)
            throw new InvalidInputException("beds", "Give each bed type at most once.");
        foreach (var b in beds)
        {
            if (!Enum.IsDefined(b.Type)) throw new InvalidInputException("beds.type", "Unknown bed type.");
            if (b.Total is < 0 or > 10_000 || b.Occupied is < 0 or > 10_000)
                throw new InvalidInputException("beds", "Bed counts must be between 0 and 10000.");
        }
        var total = beds.Sum(b => b.Total);
        var occupied = beds.Sum(b => b.Occupied);
        if ((c.BedsTotal != 0 && c.BedsTotal != total) || (c.BedsOccupied != 0 && c.BedsOccupied != occupied))
            throw new InvalidInputException("bedsTotal", "bedsTotal and bedsOccupied, when given with beds by type, must be their sums.");
        return c with { BedsTotal = total, BedsOccupied = occupied, Beds = beds.OrderBy(b => b.Type).ToArray() };
    }

    private static void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
            throw new InvalidInputException(field, $"'{field}' is required (at most 200 characters).");
    }
}
