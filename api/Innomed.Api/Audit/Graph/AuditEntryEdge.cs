namespace Innomed.Api.Audit.Graph;

public sealed record AuditEntryEdge(string Cursor, AuditEntry Node);
