using Innomed.Grains.Journeys;

namespace Innomed.Grains.Journeys;

/// <summary>How long a patient may wait for a GP, by triage level (the CPTS's service promise).</summary>
public static class TriageDeadlines
{
    public static TimeSpan? For(TriageLevel level) => level switch
    {
        TriageLevel.Urgent => TimeSpan.FromHours(2),
        TriageLevel.SemiUrgent => TimeSpan.FromHours(24),
        TriageLevel.NonUrgent => TimeSpan.FromHours(48),
        _ => null, // Emergency: handed to the SAMU at once, no primary-care deadline.
    };
}
