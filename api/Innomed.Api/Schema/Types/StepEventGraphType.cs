using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Types;

public sealed class StepEventGraphType : ObjectGraphType<StepEventNode>
{
    public StepEventGraphType()
    {
        Name = "StepEvent";
        Description = "A change of a step, for the feed of the practitioner who requested it.";
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => c.Source.Event.Version);
        Field<NonNullGraphType<JourneyEventTypeEnum>>("type").Resolve(c => c.Source.Event.Type);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.Event.At);
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.Event.JourneyId);
        Field<StepStatusEnum>("previousStatus").Resolve(c => c.Source.Event.PreviousStepStatus);
        Field<NonNullGraphType<StepGraphType>>("step").Resolve(c => new StepNode(c.Source.Step, c.Source.Journey));
        Field<NonNullGraphType<JourneyGraphType>>("journey").Resolve(c => c.Source.Journey);
    }
}
