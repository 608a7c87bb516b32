namespace Innomed.Grains.TeleExpertise;

/// <summary>Grain keys of the tele-expertise read models, shared by the journeys and the gateway.</summary>
public static class TeleExpertiseKeys
{
    /// <summary>A practitioner's statement of one month (<c>yyyy-MM</c>, Paris time).</summary>
    public static string Statement(string practitionerId, string month) => $"{practitionerId}/{month}";
}
