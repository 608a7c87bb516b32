using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Inputs;

public sealed class JourneyFilterGraphType : InputObjectGraphType<JourneyFilter>
{
    public JourneyFilterGraphType()
    {
        Name = "JourneyFilter";
        Description = "Give one of territoryId (active journeys), practitionerId or unitId (journeys they take part in).";
        Field(x => x.TerritoryId, type: typeof(IdGraphType));
        Field(x => x.PractitionerId, type: typeof(IdGraphType));
        Field(x => x.UnitId, type: typeof(IdGraphType));
        Field(x => x.Stage, type: typeof(JourneyStageEnum));
        Field(x => x.Overdue, nullable: true);
    }
}
