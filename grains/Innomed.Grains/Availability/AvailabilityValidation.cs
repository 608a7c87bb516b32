using Innomed.Grains.Availability;
using Innomed.Grains.Errors;

namespace Innomed.Grains.Availability;

/// <summary>Checks what a performer publishes before it replaces anything: typed errors naming the field.</summary>
public static class AvailabilityValidation
{
    public const int MaxBlocks = 100;
    public const int MaxExceptions = 400;

    public static void Template(string timeZone, IReadOnlyList<AvailabilityBlock> blocks)
    {
        if (string.IsNullOrWhiteSpace(timeZone) || timeZone.Length > 64 || !LocalTime.IsKnown(timeZone))
            throw new InvalidInputException("timeZone", "An IANA time zone such as Europe/Paris is required.");
        if (blocks.Count > MaxBlocks)
            throw new InvalidInputException("blocks", $"At most {MaxBlocks} blocks.");
        for (var i = 0; i < blocks.Count; i++) Range($"blocks[{i}]", blocks[i].Start, blocks[i].End, blocks[i].SlotMinutes);
        foreach (var day in blocks.GroupBy(b => b.Day))
        {
            var ordered = day.OrderBy(b => b.Start).ToArray();
            for (var i = 1; i < ordered.Length; i++)
                if (ordered[i].Start < ordered[i - 1].End)
                    throw new InvalidInputException("blocks", $"Blocks overlap on {day.Key}: {ordered[i - 1].Start:HH\\:mm}–{ordered[i - 1].End:HH\\:mm} and {ordered[i].Start:HH\\:mm}–{ordered[i].End:HH\\:mm}.");
        }
    }

    public static void Exception(AvailabilityOverride e, DateOnly today)
    {
        if (e.Date < today) throw new InvalidInputException("date", "The date is in the past.");
        if (e.Date > today.AddDays(730)) throw new InvalidInputException("date", "At most two years ahead.");
        if ((e.Start is null) != (e.End is null))
            throw new InvalidInputException("start", "Give both start and end, or neither (the whole day).");
        if (e.Note is { Length: > 500 }) throw new InvalidInputException("note", "At most 500 characters.");
        if (e.Kind == AvailabilityOverrideKind.Extra)
        {
            if (e.Start is null) throw new InvalidInputException("start", "Extra slots need a start and an end.");
            Range("", e.Start.Value, e.End!.Value, e.SlotMinutes ?? 15);
        }
        else if (e.Start is { } start && e.End is { } end && end <= start)
        {
            throw new InvalidInputException("end", "The end must come after the start.");
        }
    }

    private static void Range(string path, TimeOnly start, TimeOnly end, int slotMinutes)
    {
        var prefix = path.Length == 0 ? "" : path + ".";
        if (slotMinutes is < 5 or > 480)
            throw new InvalidInputException(prefix + "slotMinutes", "Slots last 5 to 480 minutes.");
        if (end <= start) throw new InvalidInputException(prefix + "end", "The end must come after the start.");
        if ((end - start).TotalMinutes < slotMinutes)
            throw new InvalidInputException(prefix + "slotMinutes", "The range is shorter than one slot.");
    }
}
