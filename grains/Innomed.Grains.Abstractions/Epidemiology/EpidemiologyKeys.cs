using System.Globalization;

namespace Innomed.Grains.Epidemiology;

/// <summary>Keys of the per-day counter grains: "territory/yyyy-MM-dd".</summary>
public static class EpidemiologyKeys
{
    public static string Day(string territoryId, DateOnly day) =>
        $"{territoryId}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static (string TerritoryId, DateOnly Day) Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        return (key[..slash], DateOnly.ParseExact(key[(slash + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
