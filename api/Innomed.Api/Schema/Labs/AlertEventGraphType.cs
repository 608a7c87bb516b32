using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.Types;

namespace Innomed.Api.Schema.Labs;

public sealed class AlertEventGraphType : ObjectGraphType<AlertEventNode>
{
    public AlertEventGraphType()
    {
        Name = "AlertEvent";
        Description = "A critical-result alert raised, escalated or acknowledged.";
        Field<NonNullGraphType<JourneyEventTypeEnum>>("type").Resolve(c => c.Source.Event.Type);
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => c.Source.Event.Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.Event.At);
        Field<NonNullGraphType<LabAlertGraphType>>("alert").Resolve(c => c.Source.Alert);
        Field<NonNullGraphType<JourneyGraphType>>("journey").Resolve(c => c.Source.Journey);
    }
}
