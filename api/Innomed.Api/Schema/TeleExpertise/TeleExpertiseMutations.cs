using Innomed.Api.Documents;
using Innomed.Grains.Errors;
using Microsoft.Extensions.DependencyInjection;
using GraphQL;
using GraphQL.Types;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Journeys;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

/// <summary>
/// The tele-expertise mutations, added to <see cref="MutationType"/>. Each is one journey command:
/// persisted before the payload returns, refused with a typed error and no change otherwise.
/// </summary>
public static class TeleExpertiseMutations
{
    private static readonly ActorRole[] Practitioners = [ActorRole.Gp, ActorRole.Specialist, ActorRole.HospitalStaff];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StepPayloadGraphType>>("requestTeleExpertise")
            .Description("Asks an expert a question about the journey's patient (a TELE_EXPERTISE step with a due-by; "
                + "unanswered at the due-by, it goes to another expert of the same specialty in the territory).")
            .AllowRoles(Practitioners)
            .Argument<NonNullGraphType<RequestTeleExpertiseInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RequestTeleExpertiseInput>("input");
                var request = new TeleExpertiseRequest
                {
                    ExpertId = Ids.Key(input.ExpertId, "expertId"),
                    Question = input.Question,
                    Attachments = await DocumentsAsync(c, input.JourneyId, input.Attachments),
                    Priority = input.Priority ?? Priority.Routine,
                    DueBy = input.DueBy,
                    ParentStepId = input.ParentStepId is null ? null : Ids.Guid(input.ParentStepId, "parentStepId"),
                };
                return MutationType.StepPayload(c, await Journey(c, input.JourneyId).RequestTeleExpertiseAsync(request, ActorResolver.Resolve(c)));
            });
        mutation.Field<NonNullGraphType<StepPayloadGraphType>>("answerTeleExpertise")
            .Description("The expert answers; the remunerated acts are recorded (not billable beyond the patient's yearly cap).")
            .AllowRoles(Practitioners)
            .Argument<NonNullGraphType<AnswerTeleExpertiseInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AnswerTeleExpertiseInput>("input");
                var answer = new TeleExpertiseAnswer
                {
                    StepId = Ids.Guid(input.StepId, "stepId"), Answer = input.Answer,
                    Attachments = await DocumentsAsync(c, input.JourneyId, input.Attachments),
                };
                return MutationType.StepPayload(c, await Journey(c, input.JourneyId).AnswerTeleExpertiseAsync(answer, ActorResolver.Resolve(c)));
            });
        mutation.Field<NonNullGraphType<StepPayloadGraphType>>("convertTeleExpertiseToReferral")
            .Description("The expert needs to see the patient: a REFERRAL replaces the question, which completes as CONVERTED. "
                + "The payload's step is the tele-expertise; teleExpertise.convertedTo is the referral.")
            .AllowRoles(Practitioners)
            .Argument<NonNullGraphType<ConvertTeleExpertiseInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ConvertTeleExpertiseInput>("input");
                var conversion = new TeleExpertiseConversion
                {
                    StepId = Ids.Guid(input.StepId, "stepId"), Reason = input.Reason,
                    Performer = input.Performer is { } p ? MutationType.ToPerformer(p) : null,
                    Priority = input.Priority, Note = input.Note,
                };
                return MutationType.StepPayload(c, await Journey(c, input.JourneyId).ConvertTeleExpertiseAsync(conversion, ActorResolver.Resolve(c)));
            });
    }

    private static IJourneyTeleExpertise Journey(IResolveFieldContext c, string id) =>
        c.Grains().GetGrain<IJourneyTeleExpertise>(Ids.Journey(id));

    /// <summary>
    /// An attachment names a stored document of the same journey (documentId: its name and type come from the
    /// store, its reference is <see cref="StoredDocumentReference"/>), or an outside address (name, contentType, reference).
    /// </summary>
    private static async Task<IReadOnlyList<DocumentReference>> DocumentsAsync(IResolveFieldContext c, string journeyId,
        List<DocumentReferenceInput>? inputs)
    {
        if (inputs is null) return [];
        var library = c.RequestServices!.GetRequiredService<DocumentLibrary>();
        var journey = Ids.Journey(journeyId);
        var references = new List<DocumentReference>(inputs.Count);
        foreach (var (input, i) in inputs.Select((d, i) => (d, i)))
        {
            if (input.DocumentId is { Length: > 0 } documentId)
            {
                var id = Ids.Guid(documentId, $"attachments[{i}].documentId");
                var (document, _) = await library.ReadableAsync(ActorResolver.Resolve(c), id, c.CancellationToken);
                if (document.JourneyId != journey) throw new NotFoundException("Document", id.ToString());
                references.Add(new DocumentReference(document.Name, document.ContentType, StoredDocumentReference.Of(id)));
            }
            else
            {
                references.Add(new DocumentReference(input.Name ?? "", input.ContentType ?? "", input.Reference ?? ""));
            }
        }
        return references;
    }
}
