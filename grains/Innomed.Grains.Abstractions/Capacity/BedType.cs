namespace Innomed.Grains.Capacity;

/// <summary>The kinds of beds a unit publishes separately (a unit may hold several).</summary>
public enum BedType
{
    /// <summary>Réanimation.</summary>
    Icu,
    /// <summary>Unité de soins intensifs.</summary>
    Usi,
    /// <summary>Hospitalisation conventionnelle.</summary>
    Conventional,
    /// <summary>Unité d'hospitalisation de courte durée (the ER's short-stay beds).</summary>
    ShortStay,
    Other,
}
