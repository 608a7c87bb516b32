using GraphQL.Types;
using Innomed.Grains.Epidemiology;

namespace Innomed.Api.Schema.Epidemiology;

public sealed class EpidemiologyReportGraphType : ObjectGraphType<EpidemiologyReport>
{
    public EpidemiologyReportGraphType()
    {
        Name = "EpidemiologyReport";
        Field<NonNullGraphType<IdGraphType>>("territoryId").Resolve(c => c.Source.TerritoryId);
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.SuppressionThreshold).Description("k: published counts are 0 or at least k.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EpidemiologyDayGraphType>>>>("days").Resolve(c => c.Source.Days);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EpidemiologyAlertGraphType>>>>("activeAlerts").Resolve(c => c.Source.ActiveAlerts);
    }
}
