using GraphQL.Types;

namespace Innomed.Api.Schema.Types;

public sealed class JourneyEventEdgeGraphType : ObjectGraphType<JourneyEventNode>
{
    public JourneyEventEdgeGraphType()
    {
        Name = "JourneyEventEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => Cursors.From(c.Source.Event.Version));
        Field<NonNullGraphType<JourneyEventGraphType>>("node").Resolve(c => c.Source);
    }
}
