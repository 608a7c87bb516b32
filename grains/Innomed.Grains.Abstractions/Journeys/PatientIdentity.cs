namespace Innomed.Grains.Journeys;

/// <summary>Who the patient is. Health data: never logged.</summary>
[GenerateSerializer, Immutable, Alias("innomed.patient")]
public sealed record PatientIdentity(
    [property: Id(0)] string FamilyName,
    [property: Id(1)] string GivenName,
    [property: Id(2)] DateOnly BirthDate,
    [property: Id(3)] string? Sex = null,
    [property: Id(4)] string? Phone = null,
    [property: Id(5)] string? Email = null,
    [property: Id(6)] string? Ins = null);
