namespace Innomed.Api.Security.Authentication;

/// <summary>
/// The JWT claim names Innomed reads, kept as issued (inbound claim mapping is off) so that
/// <c>sub</c> does not become a SOAP-era URI and every identity provider is read the same way.
/// </summary>
public static class InnomedClaimTypes
{
    /// <summary>Stable user id: a practitioner's RPPS number, a patient's account id.</summary>
    public const string Subject = "sub";

    /// <summary>One of <see cref="InnomedRoles.All"/>; other values are dropped at sign-in.</summary>
    public const string Role = "role";

    /// <summary>Hospital unit, lab or imaging centre id for hospital staff, biologists and radiologists.</summary>
    public const string Unit = "unit";

    /// <summary>Territory (CPTS) id the user works in or lives in.</summary>
    public const string Territory = "territory";

    /// <summary>Display name; shown in the UI, never logged.</summary>
    public const string Name = "name";

    /// <summary>Expiry, seconds since the epoch.</summary>
    public const string Expires = "exp";
}
