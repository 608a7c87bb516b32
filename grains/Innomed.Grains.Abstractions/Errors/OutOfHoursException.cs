namespace Innomed.Grains.Errors;

/// <summary>A patient tried to start a journey outside the territory's opening window.</summary>
[GenerateSerializer, Alias("innomed.out-of-hours")]
public sealed class OutOfHoursException : DomainException
{
    public OutOfHoursException(string opens, string closes)
        : base($"The CPTS takes new requests from {opens} to {closes}. Life-threatening emergency: call 15. "
            + "Otherwise the on-call doctor: 116 117.")
    {
        Opens = opens;
        Closes = closes;
    }

    [Id(0)] public string Opens { get; }
    [Id(1)] public string Closes { get; }

    public override string Code => "OUT_OF_HOURS";
}
