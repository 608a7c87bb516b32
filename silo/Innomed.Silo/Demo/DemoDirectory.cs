using Innomed.Grains.Availability;
using Innomed.Grains.Journeys;
using Innomed.Grains.Directory;

namespace Innomed.Silo.Demo;

/// <summary>The demo territory's people and places. Names are invented.</summary>
public static class DemoDirectory
{
    public const string FirstGp = "10000000001";
    public const string Cardiologist = "20000000001";

    private static readonly string[] GpNames =
        ["Durand Camille", "Lefebvre Antoine", "Moreau Sophie", "Girard Julien", "Roux Élodie",
         "Fournier Thomas", "Bonnet Claire", "Lambert Nicolas", "Fontaine Inès", "Chevalier Marc"];

    /// <summary>The demo's GP on call: unacknowledged critical lab results escalate to them.</summary>
    public const string OnCallGp = "10000000010";

    public static IReadOnlyList<PractitionerProfile> Practitioners { get; } =
    [
        .. GpNames.Select((name, i) => Person($"1000000{i + 1:0000}", name, PractitionerRole.Gp, null)),
        Person(Cardiologist, "Mercier Paul", PractitionerRole.Specialist, "Cardiology"),
        Person("20000000002", "Blanc Hélène", PractitionerRole.Specialist, "Pulmonology"),
        Person("20000000003", "Garnier Luc", PractitionerRole.Specialist, "Dermatology"),
        Person("20000000004", "Faure Anne", PractitionerRole.Specialist, "Psychiatry"),
        Person("30000000001", "Rousseau Pierre", PractitionerRole.HospitalDoctor, "Emergency medicine") with { UnitId = "chu-demo:er" },
        Person("40000000001", "Perrin Julie", PractitionerRole.Regulator, "SAMU 15"),
        Person("50000000001", "Morel Bruno", PractitionerRole.Biologist, "Biology") with { UnitId = "lab-demo:bio" },
        Person("60000000001", "Simon Laura", PractitionerRole.Radiologist, "Radiology") with { UnitId = "rad-demo:imaging" },
    ];

    /// <summary>
    /// Weekly templates: specialists consult on weekdays with an hour a day reserved for urgent GP
    /// referrals; the lab samples every morning but Sunday; radiology books half-hour exams.
    /// </summary>
    public static IReadOnlyList<(Performer Performer, AvailabilityBlock[] Blocks)> Calendars { get; } =
    [
        .. new[] { Cardiologist, "20000000002", "20000000003", "20000000004" }.Select(id => (Performer.Practitioner(id), Consultations())),
        (Performer.Unit("lab-demo:bio"), Week(DayOfWeek.Saturday, d => [Block(d, "07:30", "12:00", 10)])),
        (Performer.Unit("rad-demo:imaging"), Week(DayOfWeek.Friday, d => [Block(d, "08:00", "18:00", 30), Block(d, "18:00", "19:00", 30, reserved: true)])),
        (Performer.Unit("chu-demo:usi"), Week(DayOfWeek.Friday, d => [Block(d, "10:00", "12:00", 30, reserved: true)])),
    ];

    private static AvailabilityBlock[] Consultations() => Week(DayOfWeek.Friday, d =>
        [Block(d, "09:00", "12:00", 20), Block(d, "14:00", "17:00", 20), Block(d, "17:00", "18:00", 20, reserved: true)]);

    private static AvailabilityBlock[] Week(DayOfWeek last, Func<DayOfWeek, AvailabilityBlock[]> day) =>
        Enumerable.Range(1, (int)last).Select(d => (DayOfWeek)d).SelectMany(day).ToArray();

    private static AvailabilityBlock Block(DayOfWeek day, string start, string end, int minutes, bool reserved = false) =>
        new(day, TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), minutes, reserved);

    public static IReadOnlyList<(HospitalUnitProfile Unit, UnitCapacity Capacity)> Units { get; } =
    [
        (Unit("chu-demo", "CHU Démo", "er", "Urgences", UnitKind.Emergency), Capacity(40, 31, 18, 140, 6)),
        (Unit("chu-demo", "CHU Démo", "icu", "Réanimation", UnitKind.Icu), Capacity(20, 18, 0, 0, 3)),
        (Unit("chu-demo", "CHU Démo", "usi", "Soins intensifs de cardiologie", UnitKind.Usi), Capacity(12, 9, 0, 0, 2)),
        (Unit("chu-demo", "CHU Démo", "med", "Médecine polyvalente", UnitKind.Conventional), Capacity(60, 52, 0, 0, 4)),
        (Unit("ch-nord", "CH Nord", "er", "Urgences", UnitKind.Emergency), Capacity(25, 14, 7, 55, 3)),
        (Unit("ch-nord", "CH Nord", "usi", "Soins intensifs", UnitKind.Usi), Capacity(8, 5, 0, 0, 1)),
        (Unit("ch-nord", "CH Nord", "med", "Médecine", UnitKind.Conventional), Capacity(45, 33, 0, 0, 3)),
        (Unit("lab-demo", "Laboratoire Démo", "bio", "Biologie médicale", UnitKind.Laboratory), Capacity(0, 0, 0, 0, 2)),
        (Unit("rad-demo", "Centre d'imagerie Démo", "imaging", "Radiologie", UnitKind.Radiology), Capacity(0, 0, 0, 0, 2)),
    ];

    private static PractitionerProfile Person(string id, string name, PractitionerRole role, string? specialty)
    {
        var parts = name.Split(' ', 2);
        var slug = parts[0].ToLowerInvariant();
        return new PractitionerProfile
        {
            Id = id, FamilyName = parts[0], GivenName = parts[1], Role = role, Specialty = specialty, TerritoryId = DemoDataSeeder.Territory,
            Contact = new Contact($"+33 6 00 00 {id[^4..^2]} {id[^2..]}", $"{slug}@cpts-demo.fr", $"https://visio.cpts-demo.fr/{slug}"),
        };
    }

    private static HospitalUnitProfile Unit(string hospital, string hospitalName, string code, string name, UnitKind kind) => new()
    {
        Id = $"{hospital}:{code}", HospitalId = hospital, HospitalName = hospitalName, Name = name, Kind = kind,
        TerritoryId = DemoDataSeeder.Territory,
        ContactPoint = new Contact("+33 1 00 00 00 00", $"{code}@{hospital}.fr", $"https://visio.{hospital}.fr/{code}", $"{name} — point de contact"),
    };

    private static UnitCapacity Capacity(int beds, int occupied, int erWaiting, int longestWait, int doctors) => new()
    {
        BedsTotal = beds, BedsOccupied = occupied, ErWaiting = erWaiting, ErLongestWaitMinutes = longestWait, DoctorsOnDuty = doctors,
    };
}
