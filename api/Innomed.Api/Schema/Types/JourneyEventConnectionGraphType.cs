using GraphQL.Types;

namespace Innomed.Api.Schema.Types;

public sealed class JourneyEventConnectionGraphType : ObjectGraphType<JourneyEventConnection>
{
    public JourneyEventConnectionGraphType()
    {
        Name = "JourneyEventConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyEventEdgeGraphType>>>>("edges").Resolve(c => c.Source.Events);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyEventGraphType>>>>("nodes").Resolve(c => c.Source.Events);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c => new PageInfo(c.Source.HasNextPage,
            c.Source.Events.Count > 0 ? Cursors.From(c.Source.Events[^1].Event.Version) : null));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
    }
}
