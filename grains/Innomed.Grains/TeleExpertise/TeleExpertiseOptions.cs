using Innomed.Grains.Journeys;

namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// Tele-expertise tunables (configuration section <c>Innomed:TeleExpertise</c>).
/// Tariffs: the Assurance Maladie's convention since avenant 9 (April 2022): the expert (médecin
/// requis) bills TE2 at 20 €, the requester RQD at 10 €, each billed separately, at most 4 times a
/// year for a patient. Our reading is stated in docs/tele-expertise.md; change these when the
/// convention changes, not the code.
/// </summary>
public sealed class TeleExpertiseOptions
{
    public const string Section = "Innomed:TeleExpertise";

    /// <summary>
    /// Default answer delays by priority. Unscheduled care: the GP usually has the patient waiting
    /// for a decision, so a routine question is due the next day and an urgent one within the
    /// half-day; ASAP and STAT questions should rather be a phone call, but get short delays.
    /// </summary>
    public TimeSpan RoutineDelay { get; set; } = TimeSpan.FromHours(24);
    public TimeSpan UrgentDelay { get; set; } = TimeSpan.FromHours(4);
    public TimeSpan AsapDelay { get; set; } = TimeSpan.FromHours(2);
    public TimeSpan StatDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long each expert asked after an escalation has (default: the delay of the request's priority).</summary>
    public TimeSpan? EscalationDelay { get; set; }

    public string ExpertActCode { get; set; } = "TE2";
    public decimal ExpertActAmount { get; set; } = 20m;
    public string RequesterActCode { get; set; } = "RQD";
    public decimal RequesterActAmount { get; set; } = 10m;

    /// <summary>Remunerated answers per patient and calendar year (Europe/Paris).</summary>
    public int YearlyCap { get; set; } = 4;
    public TeleExpertiseCapScope CapScope { get; set; } = TeleExpertiseCapScope.Patient;

    public TimeSpan DelayFor(Priority priority) => priority switch
    {
        Priority.Stat => StatDelay,
        Priority.Asap => AsapDelay,
        Priority.Urgent => UrgentDelay,
        _ => RoutineDelay,
    };
}
