using GraphQL.Types;
using Innomed.Api.Schema.Types;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class TeleExpertiseGraphType : ObjectGraphType<TeleExpertiseNode>
{
    public TeleExpertiseGraphType()
    {
        Name = "TeleExpertise";
        Description = "A question to an expert: who was asked, by when, what they answered and what it was paid.";
        Field<NonNullGraphType<StringGraphType>>("question").Resolve(c => c.Source.Details.Question);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentReferenceGraphType>>>>("attachments")
            .Resolve(c => c.Source.Details.Attachments);
        Field<StringGraphType>("specialty").Description("Escalations look for another expert of it.")
            .Resolve(c => c.Source.Details.Specialty);
        Field<NonNullGraphType<TeleExpertiseOutcomeEnum>>("outcome").Resolve(c => c.Source.Details.Outcome);
        Field<IdGraphType>("expertId").Description("The expert currently asked (the step's performer).")
            .Resolve(c => c.Source.Step.Step.Performer?.Id);
        Field<PractitionerGraphType>("expert").ResolveAsync(async c =>
            c.Source.Step.Step.Performer?.Id is { } id ? await c.Loader().PractitionerAsync(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("askedExpertIds")
            .Description("Every expert asked, in order.").Resolve(c => c.Source.Details.AskedExpertIds);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Resolve(c => c.Source.Details.RequestedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("initialDueBy").Description("The due-by the requester was promised.")
            .Resolve(c => c.Source.Details.InitialDueBy);
        Field<DateTimeOffsetGraphType>("dueBy").Description("The current expert's due-by.").Resolve(c => c.Source.Step.Step.DueBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("assignedAt").Description("When the current expert was asked.")
            .Resolve(c => c.Source.Details.AssignedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeleExpertiseEscalationGraphType>>>>("escalations")
            .Resolve(c => c.Source.Details.Escalations);
        Field<DateTimeOffsetGraphType>("escalationFailedAt")
            .Description("The due-by passed and no other expert of the specialty was left to ask.")
            .Resolve(c => c.Source.Details.EscalationFailedAt);
        Field<StringGraphType>("answer").Resolve(c => c.Source.Details.Answer);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentReferenceGraphType>>>>("answerAttachments")
            .Resolve(c => c.Source.Details.AnswerAttachments);
        Field<DateTimeOffsetGraphType>("answeredAt").Resolve(c => c.Source.Details.AnsweredAt);
        Field<IdGraphType>("answeredBy").Resolve(c => c.Source.Details.AnsweredBy);
        Field<IntGraphType>("responseTimeSeconds").Description("Answer time minus request time, escalations included.")
            .Resolve(c => c.Source.Details.ResponseTime is { } t ? (int)Math.Round(t.TotalSeconds) : null);
        Field<BooleanGraphType>("withinDueBy").Description("Answered by the initial due-by (null until answered).")
            .Resolve(c => c.Source.Details.WithinDueBy);
        Field<StepGraphType>("convertedTo").Description("The referral that replaced the question, when converted.")
            .Resolve(c => c.Source.Details.ConvertedToStepId is { } id && c.Source.Step.Journey.FindStep(id) is { } s
                ? new StepNode(s, c.Source.Step.Journey) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RemuneratedActGraphType>>>>("acts")
            .Description("The remunerated acts the answer recorded.").Resolve(c => c.Source.Details.Acts);
    }
}
