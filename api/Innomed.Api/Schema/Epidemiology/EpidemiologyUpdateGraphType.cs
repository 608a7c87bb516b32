using GraphQL.Types;
using Innomed.Grains.Epidemiology;

namespace Innomed.Api.Schema.Epidemiology;

public sealed class EpidemiologyUpdateGraphType : ObjectGraphType<EpidemiologyUpdate>
{
    public EpidemiologyUpdateGraphType()
    {
        Name = "EpidemiologyUpdate";
        Description = "A day of the territory changed: its published figures, and the alerts this change raised.";
        Field<NonNullGraphType<IdGraphType>>("territoryId").Resolve(c => c.Source.TerritoryId);
        Field<NonNullGraphType<EpidemiologyDayGraphType>>("day").Resolve(c => c.Source.Day);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EpidemiologyAlertGraphType>>>>("raisedAlerts").Resolve(c => c.Source.RaisedAlerts);
    }
}
