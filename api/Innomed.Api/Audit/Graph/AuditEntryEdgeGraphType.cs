using GraphQL.Types;

namespace Innomed.Api.Audit.Graph;

public sealed class AuditEntryEdgeGraphType : ObjectGraphType<AuditEntryEdge>
{
    public AuditEntryEdgeGraphType()
    {
        Name = "AuditEntryEdge";
        Field(x => x.Cursor);
        Field<NonNullGraphType<AuditEntryGraphType>>("node").Resolve(c => c.Source.Node);
    }
}
