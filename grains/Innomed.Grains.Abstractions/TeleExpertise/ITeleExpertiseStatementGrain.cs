namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// A practitioner's monthly statement (key <c>{practitionerId}/{yyyy-MM}</c>), fed by the journeys
/// after each answer is stored. A read model: idempotent per request and role, rebuilt by redelivery.
/// </summary>
[Alias("innomed.ITeleExpertiseStatementGrain")]
public interface ITeleExpertiseStatementGrain : IGrainWithStringKey
{
    [Alias("record")] Task RecordAsync(StatementLine line);
    [Alias("get"), ReadOnly] Task<TeleExpertiseStatement> GetAsync();
}
