namespace Innomed.Grains.TeleExpertise;

/// <summary>Which side of a tele-expertise a remunerated act pays.</summary>
public enum BillingRole
{
    /// <summary>The expert who answered (médecin requis).</summary>
    Expert,
    /// <summary>The practitioner who asked (médecin requérant).</summary>
    Requester,
}
