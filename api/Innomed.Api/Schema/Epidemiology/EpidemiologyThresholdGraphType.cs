using GraphQL.Types;
using Innomed.Grains.Epidemiology;

namespace Innomed.Api.Schema.Epidemiology;

public sealed class EpidemiologyThresholdGraphType : ObjectGraphType<EpidemiologyThreshold>
{
    public EpidemiologyThresholdGraphType()
    {
        Name = "EpidemiologyThreshold";
        Description = "Alert when the 7-day average per day reaches minDailyAverage and exceeds the previous 7 days' by more than riseRatio (0.5: +50 %).";
        Field<NonNullGraphType<SymptomCategoryEnum>>("category").Resolve(c => c.Source.Category);
        Field(x => x.MinDailyAverage);
        Field(x => x.RiseRatio);
    }
}
