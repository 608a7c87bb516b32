namespace Innomed.Grains.TeleExpertise;

/// <summary>A practitioner's tele-expertise acts of one month (Paris time), oldest first.</summary>
[GenerateSerializer, Immutable, Alias("innomed.tele-expertise-statement")]
public sealed record TeleExpertiseStatement(
    [property: Id(0)] string PractitionerId,
    [property: Id(1)] string Month,
    [property: Id(2)] IReadOnlyList<StatementLine> Lines)
{
    public int BillableCount => Lines.Count(l => l.Billable);
    public decimal BillableTotal => Lines.Where(l => l.Billable).Sum(l => l.Amount);
    public int NotBillableCount => Lines.Count(l => !l.Billable);
}
