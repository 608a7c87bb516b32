namespace Innomed.Grains.Labs;

/// <summary>How a result compares with its reference range and critical limits (computed, never posted).</summary>
public enum ResultFlag
{
    /// <summary>Within the reference range.</summary>
    Normal,
    Low,
    High,
    /// <summary>Below the critical limit: someone must act now.</summary>
    CriticalLow,
    CriticalHigh,
    /// <summary>A text result, or a value without a range: nothing to compare.</summary>
    NotApplicable,
}
