namespace Innomed.Grains.TeleExpertise;

[GenerateSerializer, Alias("innomed.tele-expertise-statement-state")]
public sealed class TeleExpertiseStatementState
{
    /// <summary>Keyed by <c>{requestId}:{role}</c>, so a redelivered line replaces itself.</summary>
    [Id(0)] public Dictionary<string, StatementLine> Lines { get; set; } = [];
}
