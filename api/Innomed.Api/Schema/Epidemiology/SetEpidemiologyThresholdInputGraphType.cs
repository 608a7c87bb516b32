using GraphQL.Types;

namespace Innomed.Api.Schema.Epidemiology;

public sealed class SetEpidemiologyThresholdInputGraphType : InputObjectGraphType<SetEpidemiologyThresholdInput>
{
    public SetEpidemiologyThresholdInputGraphType()
    {
        Name = "SetEpidemiologyThresholdInput";
        Field(x => x.TerritoryId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Category, type: typeof(NonNullGraphType<SymptomCategoryEnum>));
        Field(x => x.MinDailyAverage).Description("Minimum 7-day average per day (0..100000).");
        Field(x => x.RiseRatio).Description("Required rise over the previous 7 days (0..100; 0.5: +50 %).");
    }
}
