using System.Globalization;
using System.Text;
using Innomed.Grains.Directory;

namespace Innomed.Grains.Capacity;

/// <summary>
/// The bulk capacity CSV. A header names the columns (any order, case ignored): <c>unitId</c>
/// (required), <c>bedType</c>, <c>bedsTotal</c>, <c>bedsOccupied</c>, <c>erWaiting</c>,
/// <c>erLongestWaitMinutes</c>, <c>doctorsOnDuty</c>. Comma or semicolon separated (the header
/// decides), double quotes allowed. A unit may take several rows, one per bed type; its ER and
/// doctor figures may sit on any of its rows but must agree. Every unit named is replaced whole:
/// a figure not given is 0. Pure: finds every error it can, with row and column.
/// </summary>
public static class CapacityCsv
{
    public const int MaxRows = 1000;
    public const int MaxLength = 256 * 1024;

    public static readonly IReadOnlyList<string> Columns =
        ["unitId", "bedType", "bedsTotal", "bedsOccupied", "erWaiting", "erLongestWaitMinutes", "doctorsOnDuty"];

    private static readonly Dictionary<string, BedType> BedTypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ICU"] = BedType.Icu, ["REA"] = BedType.Icu, ["REANIMATION"] = BedType.Icu, ["RÉANIMATION"] = BedType.Icu,
        ["USI"] = BedType.Usi, ["CONVENTIONAL"] = BedType.Conventional, ["CONVENTIONNEL"] = BedType.Conventional,
        ["SHORT_STAY"] = BedType.ShortStay, ["UHCD"] = BedType.ShortStay, ["OTHER"] = BedType.Other, ["AUTRE"] = BedType.Other,
    };

    public static (IReadOnlyList<CapacityCsvRow> Rows, IReadOnlyList<CapacityImportError> Errors) Parse(string? csv)
    {
        var errors = new List<CapacityImportError>();
        var rows = new List<CapacityCsvRow>();
        if (string.IsNullOrWhiteSpace(csv))
        {
            errors.Add(new(1, null, "EMPTY", "The CSV is empty: it needs a header and at least one row."));
            return (rows, errors);
        }
        if (csv.Length > MaxLength)
        {
            errors.Add(new(1, null, "TOO_LARGE", $"The CSV is longer than {MaxLength} characters."));
            return (rows, errors);
        }
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var separator = lines[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var header = Split(lines[0], separator);
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var known = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null) errors.Add(new(1, name, "UNKNOWN_COLUMN", $"Unknown column '{Short(name)}'; expected {string.Join(", ", Columns)}."));
            else if (!index.TryAdd(known, i)) errors.Add(new(1, known, "DUPLICATE_COLUMN", $"Column '{known}' appears twice."));
        }
        if (!index.ContainsKey("unitId")) errors.Add(new(1, "unitId", "MISSING_COLUMN", "The header must name a 'unitId' column."));
        if (errors.Count > 0) return (rows, errors);

        var dataRows = 0;
        for (var n = 1; n < lines.Length; n++)
        {
            var rowNumber = n + 1;
            if (string.IsNullOrWhiteSpace(lines[n])) continue;
            if (++dataRows > MaxRows)
            {
                errors.Add(new(rowNumber, null, "TOO_MANY_ROWS", $"At most {MaxRows} rows per import."));
                break;
            }
            var fields = Split(lines[n], separator);
            if (fields.Count != header.Count)
            {
                errors.Add(new(rowNumber, null, "WRONG_FIELD_COUNT", $"Expected {header.Count} fields, found {fields.Count}."));
                continue;
            }
            string Cell(string column) => index.TryGetValue(column, out var i) ? fields[i].Trim() : "";
            var before = errors.Count;
            var unitId = Cell("unitId");
            if (unitId.Length is 0 or > 128) errors.Add(new(rowNumber, "unitId", "REQUIRED", "A unit id (at most 128 characters) is required."));
            BedType? bedType = null;
            var typeText = Cell("bedType");
            if (typeText.Length > 0)
            {
                if (BedTypeNames.TryGetValue(typeText, out var type)) bedType = type;
                else errors.Add(new(rowNumber, "bedType", "UNKNOWN_BED_TYPE",
                    $"Unknown bed type '{Short(typeText)}'; expected ICU, USI, CONVENTIONAL, SHORT_STAY or OTHER."));
            }
            int? Number(string column)
            {
                var text = Cell(column);
                if (text.Length == 0) return null;
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    errors.Add(new(rowNumber, column, "BAD_NUMBER", $"'{Short(text)}' is not a whole number."));
                    return null;
                }
                if (value < 0) errors.Add(new(rowNumber, column, "NEGATIVE", "Must not be negative."));
                else if (value > 10_000) errors.Add(new(rowNumber, column, "TOO_LARGE", "Must be at most 10000."));
                return value;
            }
            var row = new CapacityCsvRow(rowNumber, unitId, bedType, Number("bedsTotal"), Number("bedsOccupied"),
                Number("erWaiting"), Number("erLongestWaitMinutes"), Number("doctorsOnDuty"));
            if (bedType is not null && (Cell("bedsTotal").Length == 0 || Cell("bedsOccupied").Length == 0))
                errors.Add(new(rowNumber, Cell("bedsTotal").Length == 0 ? "bedsTotal" : "bedsOccupied", "REQUIRED",
                    "A row with a bed type needs bedsTotal and bedsOccupied."));
            if (errors.Count == before) rows.Add(row);
        }
        if (dataRows == 0 && errors.Count == 0) errors.Add(new(1, null, "EMPTY", "The CSV has a header but no row."));
        if (errors.Count == 0) errors.AddRange(Combine(rows).Errors);
        return (rows, errors);
    }

    /// <summary>Each unit's rows merged into one capacity, in order of first appearance.</summary>
    public static (IReadOnlyList<(string UnitId, int Row, UnitCapacity Capacity)> Units, IReadOnlyList<CapacityImportError> Errors) Combine(
        IReadOnlyList<CapacityCsvRow> rows)
    {
        var errors = new List<CapacityImportError>();
        var units = new List<(string, int, UnitCapacity)>();
        foreach (var group in rows.GroupBy(r => r.UnitId, StringComparer.Ordinal))
        {
            var list = group.ToList();
            int Agreed(Func<CapacityCsvRow, int?> pick, string column)
            {
                var given = list.Where(r => pick(r) is not null).ToList();
                foreach (var r in given.Skip(1).Where(r => pick(r) != pick(given[0])))
                    errors.Add(new(r.Row, column, "CONFLICT", $"Unit '{Short(group.Key)}' has another {column} on row {given[0].Row}."));
                return given.Count > 0 ? pick(given[0])!.Value : 0;
            }
            var beds = new List<BedCount>();
            foreach (var r in list.Where(r => r.BedType is not null))
            {
                if (beds.Any(b => b.Type == r.BedType)) errors.Add(new(r.Row, "bedType", "DUPLICATE_BED_TYPE", $"Bed type given twice for unit '{Short(group.Key)}'."));
                else beds.Add(new BedCount(r.BedType!.Value, r.BedsTotal!.Value, r.BedsOccupied!.Value));
            }
            var untyped = list.Where(r => r.BedType is null).ToList();
            int total = 0, occupied = 0;
            if (beds.Count == 0)
            {
                total = Agreed(r => r.BedType is null ? r.BedsTotal : null, "bedsTotal");
                occupied = Agreed(r => r.BedType is null ? r.BedsOccupied : null, "bedsOccupied");
            }
            else
            {
                foreach (var r in untyped.Where(r => r.BedsTotal is not null || r.BedsOccupied is not null))
                    errors.Add(new(r.Row, r.BedsTotal is not null ? "bedsTotal" : "bedsOccupied", "CONFLICT",
                        "Beds of a unit are given either by type or as one total, not both."));
            }
            var capacity = new UnitCapacity
            {
                BedsTotal = total, BedsOccupied = occupied, Beds = beds,
                ErWaiting = Agreed(r => r.ErWaiting, "erWaiting"),
                ErLongestWaitMinutes = Agreed(r => r.ErLongestWaitMinutes, "erLongestWaitMinutes"),
                DoctorsOnDuty = Agreed(r => r.DoctorsOnDuty, "doctorsOnDuty"),
            };
            units.Add((group.Key, list[0].Row, capacity));
        }
        return (units, errors);
    }

    /// <summary>One line into fields: double quotes enclose a field, "" inside is a quote.</summary>
    private static List<string> Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
