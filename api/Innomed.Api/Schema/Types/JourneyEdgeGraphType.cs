using GraphQL.Types;

namespace Innomed.Api.Schema.Types;

public sealed class JourneyEdgeGraphType : ObjectGraphType<JourneyEdge>
{
    public JourneyEdgeGraphType()
    {
        Name = "JourneyEdge";
        Field(x => x.Cursor);
        Field<NonNullGraphType<JourneyGraphType>>("node").Resolve(c => c.Source.Node);
    }
}
