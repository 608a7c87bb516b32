using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Directory;

namespace Innomed.Api.Schema.Types;

public sealed class WorkItemGraphType : ObjectGraphType<WorkItem>
{
    public WorkItemGraphType()
    {
        Name = "WorkItem";
        Description = "An open step someone must act on.";
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.JourneyId);
        Field<NonNullGraphType<IdGraphType>>("stepId").Resolve(c => c.Source.Step.StepId);
        Field<NonNullGraphType<StepKindEnum>>("kind").Resolve(c => c.Source.Step.Kind);
        Field<NonNullGraphType<StepStatusEnum>>("status").Resolve(c => c.Source.Step.Status);
        Field<NonNullGraphType<PriorityEnum>>("priority").Resolve(c => c.Source.Step.Priority);
        Field<DateTimeOffsetGraphType>("dueBy").Resolve(c => c.Source.Step.DueBy);
        Field<TriageLevelEnum>("level").Resolve(c => c.Source.Level);
        Field<StepGraphType>("step").ResolveAsync(async c =>
            await c.Loader().JourneyAsync(c.Source.JourneyId) is { } j && j.FindStep(c.Source.Step.StepId) is { } s
                ? new StepNode(s, j) : null);
        Field<JourneyGraphType>("journey").ResolveAsync(async c => await c.Loader().JourneyAsync(c.Source.JourneyId));
    }
}
