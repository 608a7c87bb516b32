using System.Globalization;

namespace Innomed.Grains.Capacity;

/// <summary>Beds by type in one text column of the history table: "Icu:20:18;Usi:12:9".</summary>
public static class CapacityBedsCodec
{
    public static string Encode(IReadOnlyList<BedCount> beds) =>
        string.Join(';', beds.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Type}:{b.Total}:{b.Occupied}")));

    public static IReadOnlyList<BedCount> Decode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var beds = new List<BedCount>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = part.Split(':');
            if (fields.Length == 3 && Enum.TryParse<BedType>(fields[0], out var type)
                && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var total)
                && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var occupied))
                beds.Add(new BedCount(type, total, occupied));
        }
        return beds;
    }
}
