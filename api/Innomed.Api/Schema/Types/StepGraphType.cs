using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.TeleExpertise;

namespace Innomed.Api.Schema.Types;

public sealed class StepGraphType : ObjectGraphType<StepNode>
{
    public StepGraphType()
    {
        Name = "Step";
        Description = "A node of the journey tree: triage, primary care, a referral, an order, an admission, follow-up.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Step.Id);
        Field<IdGraphType>("parentId").Resolve(c => c.Source.Step.ParentId);
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.Journey.Id);
        Field<NonNullGraphType<StepKindEnum>>("kind").Resolve(c => c.Source.Step.Kind);
        Field<NonNullGraphType<StepStatusEnum>>("status").Resolve(c => c.Source.Step.Status);
        Field<NonNullGraphType<PriorityEnum>>("priority").Resolve(c => c.Source.Step.Priority);
        Field<IdGraphType>("requesterId").Resolve(c => c.Source.Step.RequesterId);
        Field<PractitionerGraphType>("requester").ResolveAsync(async c =>
            c.Source.Step.RequesterId is { } id ? await c.Loader().PractitionerAsync(id) : null);
        Field<PerformerGraphType>("performer").Resolve(c => c.Source.Step.Performer);
        Field<StringGraphType>("reason").Resolve(c => c.Source.Step.Reason);
        Field<DateTimeOffsetGraphType>("dueBy").Resolve(c => c.Source.Step.DueBy);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Resolve(c =>
            !c.Source.Step.IsFinal && c.Source.Step.DueBy is { } due && due < DateTimeOffset.UtcNow);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StepNoteGraphType>>>>("notes").Resolve(c => c.Source.Step.Notes);
        Field<StringGraphType>("report").Resolve(c => c.Source.Step.Report);
        Field<StringGraphType>("statusReason").Description("Why it was rejected, failed or cancelled.")
            .Resolve(c => c.Source.Step.StatusReason);
        Field<SlotGraphType>("slot").Resolve(c => c.Source.Step.Slot);
        Field<StringGraphType>("alternative").Description("When declined: what the patient should do instead.")
            .Resolve(c => c.Source.Step.Alternative);
        Field<PerformerGraphType>("suggestedPerformer").Description("When declined: who to ask instead.")
            .Resolve(c => c.Source.Step.SuggestedPerformer);
        Field<Labs.LabDetailsGraphType>("lab").Description("A LAB_ORDER or IMAGING_ORDER: what was ordered and the results, with flags.")
            .Resolve(c => c.Source.Step.Lab);
        Field<TeleExpertiseGraphType>("teleExpertise").Description("A TELE_EXPERTISE request's question, escalations, answer and acts.")
            .Resolve(c => c.Source.Step.TeleExpertise is { } te ? new TeleExpertiseNode(te, c.Source) : null);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.Step.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(c => c.Source.Step.UpdatedAt);
        Field<DateTimeOffsetGraphType>("completedAt").Resolve(c => c.Source.Step.CompletedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StepActionEnum>>>>("permittedActions")
            .Description("What may be done to this step now (by someone entitled to).")
            .Resolve(c => c.Source.Step.PermittedActions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StepGraphType>>>>("children").Resolve(c =>
            c.Source.Journey.Steps.Where(s => s.ParentId == c.Source.Step.Id).Select(s => new StepNode(s, c.Source.Journey)));
    }
}
