namespace Innomed.Grains.TeleExpertise;

[GenerateSerializer, Alias("innomed.tele-expertise-ledger-state")]
public sealed class TeleExpertiseLedgerState
{
    [Id(0)] public Dictionary<Guid, LedgerEntry> Claims { get; set; } = [];
}
