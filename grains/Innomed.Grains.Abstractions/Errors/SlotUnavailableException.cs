namespace Innomed.Grains.Errors;

/// <summary>
/// A booking that cannot be had: <see cref="Reason"/> is TAKEN (someone else won it), RESERVED
/// (held for urgent GP referrals), NOT_OFFERED (no such slot in the calendar) or PAST.
/// </summary>
[GenerateSerializer, Alias("innomed.slot-unavailable")]
public sealed class SlotUnavailableException : DomainException
{
    public SlotUnavailableException(string reason, string message) : base(message) => Reason = reason;

    [Id(0)] public string Reason { get; }

    public override string Code => "SLOT_UNAVAILABLE";
}
