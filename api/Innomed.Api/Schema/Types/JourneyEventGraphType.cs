using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Types;

public sealed class JourneyEventGraphType : ObjectGraphType<JourneyEventNode>
{
    public JourneyEventGraphType()
    {
        Name = "JourneyEvent";
        Description = "One entry of a journey's timeline.";
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => c.Source.Event.Version);
        Field<NonNullGraphType<JourneyEventTypeEnum>>("type").Resolve(c => c.Source.Event.Type);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.Event.At);
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.Event.JourneyId);
        Field<NonNullGraphType<IdGraphType>>("actorId").Resolve(c => c.Source.Event.ActorId);
        Field<NonNullGraphType<JourneyStageEnum>>("stage").Description("The stage right after the event.")
            .Resolve(c => c.Source.Event.Stage);
        Field<JourneyStageEnum>("previousStage").Description("Set when the event changed the stage.")
            .Resolve(c => c.Source.Event.PreviousStage);
        Field<IdGraphType>("stepId").Resolve(c => c.Source.Event.StepId);
        Field<StepStatusEnum>("stepStatus").Resolve(c => c.Source.Event.StepStatus);
        Field<StepStatusEnum>("previousStepStatus").Resolve(c => c.Source.Event.PreviousStepStatus);
        Field<StringGraphType>("detail").Resolve(c => c.Source.Event.Detail);
        Field<JourneyGraphType>("journey")
            .Description("The journey right after the event when delivered live; the current journey when replayed.")
            .ResolveAsync(async c => c.Source.Journey ?? await c.Loader().JourneyAsync(c.Source.Event.JourneyId));
    }
}
