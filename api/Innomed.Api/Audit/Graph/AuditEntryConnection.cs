namespace Innomed.Api.Audit.Graph;

/// <summary>A page of a journey's trail, newest first.</summary>
public sealed record AuditEntryConnection(IReadOnlyList<AuditEntry> Entries, bool HasNextPage);
