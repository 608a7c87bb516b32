using GraphQL.Types;
using Innomed.Grains.Epidemiology;

namespace Innomed.Api.Schema.Epidemiology;

public sealed class EpidemiologyDayGraphType : ObjectGraphType<EpidemiologyDay>
{
    public EpidemiologyDayGraphType()
    {
        Name = "EpidemiologyDay";
        Description = "A local day (Europe/Paris) of a territory: journeys counted on the day of their first triage, under their latest category.";
        Field(x => x.Date);
        Field<NonNullGraphType<CategoryCountGraphType>>("total")
            .Description("Suppressed when any category of the day is, so it cannot be differenced against the categories.")
            .Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryCountGraphType>>>>("categories")
            .Description("Every category, zeros included, in a fixed order.")
            .Resolve(c => c.Source.Categories);
    }
}
