namespace Innomed.Api.Audit;

/// <summary>A stored audit record with its row id.</summary>
public sealed record AuditEntry(long Id, AuditRecord Record)
{
    public AuditCursor Cursor => new(Record.At, Id);
}
