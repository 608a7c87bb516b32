using GraphQL.Types;

namespace Innomed.Api.Schema.Types;

public sealed class JourneyConnectionGraphType : ObjectGraphType<JourneyConnection>
{
    public JourneyConnectionGraphType()
    {
        Name = "JourneyConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyEdgeGraphType>>>>("edges")
            .Resolve(c => c.Source.Journeys.Select((j, i) => new JourneyEdge(Cursors.From(c.Source.Offset + i + 1), j)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyGraphType>>>>("nodes").Resolve(c => c.Source.Journeys);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c =>
        {
            var end = c.Source.Offset + c.Source.Journeys.Count;
            return new PageInfo(end < c.Source.TotalCount, c.Source.Journeys.Count > 0 ? Cursors.From(end) : null);
        });
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
    }
}
