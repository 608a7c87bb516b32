namespace Innomed.Grains.Availability;

/// <summary>How an exception changes the weekly template on one date.</summary>
public enum AvailabilityOverrideKind
{
    /// <summary>No slots in the range (or the whole day): leave, training, closure.</summary>
    Closed,
    /// <summary>Extra slots in the range, on top of the template.</summary>
    Extra,
}
