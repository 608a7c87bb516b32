using GraphQL.Types;
using Innomed.Api.Schema.Types;

namespace Innomed.Api.Audit.Graph;

/// <summary>
/// Relay-style page. No totalCount: a trail only grows, and counting it on every page would
/// cost a scan for a number nobody pages by.
/// </summary>
public sealed class AuditEntryConnectionGraphType : ObjectGraphType<AuditEntryConnection>
{
    public AuditEntryConnectionGraphType()
    {
        Name = "AuditEntryConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryEdgeGraphType>>>>("edges")
            .Resolve(c => c.Source.Entries.Select(e => new AuditEntryEdge(e.Cursor.Encode(), e)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryGraphType>>>>("nodes").Resolve(c => c.Source.Entries);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c =>
            new PageInfo(c.Source.HasNextPage, c.Source.Entries.Count > 0 ? c.Source.Entries[^1].Cursor.Encode() : null));
    }
}
