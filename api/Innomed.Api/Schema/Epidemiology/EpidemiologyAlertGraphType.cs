using GraphQL.Types;
using Innomed.Grains.Epidemiology;

namespace Innomed.Api.Schema.Epidemiology;

public sealed class EpidemiologyAlertGraphType : ObjectGraphType<EpidemiologyAlert>
{
    public EpidemiologyAlertGraphType()
    {
        Name = "EpidemiologyAlert";
        Field<NonNullGraphType<IdGraphType>>("territoryId").Resolve(c => c.Source.TerritoryId);
        Field<NonNullGraphType<SymptomCategoryEnum>>("category").Resolve(c => c.Source.Category);
        Field(x => x.Date).Description("The local day whose 7-day window crossed the threshold.");
        Field(x => x.RollingAverage7);
        Field(x => x.PreviousAverage7);
        Field<NonNullGraphType<EpidemiologyThresholdGraphType>>("threshold").Resolve(c => c.Source.Threshold);
        Field(x => x.RaisedAt);
    }
}
