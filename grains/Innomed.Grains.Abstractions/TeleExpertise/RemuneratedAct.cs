namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// One act recorded when a request is answered. Beyond the yearly cap it is still recorded, with
/// <see cref="Billable"/> false and the reason, so the statement explains why nothing is paid.
/// <see cref="Rank"/> is the answer's place among the patient's answers of the year that count toward the cap.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.remunerated-act")]
public sealed record RemuneratedAct(
    [property: Id(0)] BillingRole Role,
    [property: Id(1)] string PractitionerId,
    [property: Id(2)] string Code,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] bool Billable,
    [property: Id(5)] string? NotBillableReason,
    [property: Id(6)] int Rank);
