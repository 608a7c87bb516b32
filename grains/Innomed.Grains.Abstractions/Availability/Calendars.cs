using Innomed.Grains.Journeys;

namespace Innomed.Grains.Availability;

/// <summary>Calendar grain keys: one calendar per performer (practitioner, unit, lab, radiology centre).</summary>
public static class Calendars
{
    public static string Key(Performer performer) =>
        (performer.Kind == PerformerKind.Practitioner ? "practitioner/" : "unit/") + performer.Id;

    public static Performer PerformerOf(string key)
    {
        var slash = key.IndexOf('/');
        var kind = key[..Math.Max(slash, 0)] == "unit" ? PerformerKind.Unit : PerformerKind.Practitioner;
        return new Performer(kind, key[(slash + 1)..]);
    }
}
