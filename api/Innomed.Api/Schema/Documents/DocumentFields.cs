using GraphQL;
using GraphQL.Types;
using Innomed.Api.Documents;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Journeys;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Schema.Documents;

/// <summary>
/// Documents and prescriptions over GraphQL (the files themselves go over <c>/documents</c>). Added to
/// Query, Mutation and Journey from here so the shared types stay readable.
/// </summary>
public static class DocumentFields
{
    /// <summary>Who files documents under steps: the care team's professionals (patients upload, but do not refile).</summary>
    private static readonly ActorRole[] FilingRoles =
        [ActorRole.Gp, ActorRole.Specialist, ActorRole.HospitalStaff, ActorRole.Biologist, ActorRole.Radiologist, ActorRole.Regulator];

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("documents")
            .Description("A journey's stored documents, oldest first. The journey's care team.")
            .Argument<NonNullGraphType<IdGraphType>>("journeyId")
            .AllowRoles(Rules.Clinical)
            .ResolveAsync(async c => await Library(c).ListAsync(ActorResolver.Resolve(c), Ids.Journey(c.GetArgument<string>("journeyId")),
                c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DocumentGraphType>>("createPrescription")
            .Description("Writes a prescription (structured lines) and files its rendered PDF in the journey. GPs, specialists and "
                + "hospital doctors of the care team.")
            .Argument<NonNullGraphType<CreatePrescriptionInputGraphType>>("input")
            .AllowRoles(DocumentLibrary.Prescribers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreatePrescriptionInput>("input");
                var lines = input.Lines.Select(l => new PrescriptionLine(l.Text, l.Dosage, l.Duration, l.Quantity)).ToArray();
                return await Library(c).PrescribeAsync(ActorResolver.Resolve(c), Ids.Journey(input.JourneyId), OptionalStep(input.StepId),
                    input.Category, lines, input.Notes, c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<DocumentGraphType>>("linkDocument")
            .Description("Files a document of the journey under one of its steps (or, with no stepId, under the journey only). "
                + "Professionals of the care team.")
            .Argument<NonNullGraphType<LinkDocumentInputGraphType>>("input")
            .AllowRoles(FilingRoles)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<LinkDocumentInput>("input");
                return await Library(c).LinkAsync(ActorResolver.Resolve(c), Ids.Journey(input.JourneyId),
                    Ids.Guid(input.DocumentId, "documentId"), OptionalStep(input.StepId), c.CancellationToken);
            });
    }

    /// <summary><c>Journey.patientFile</c>: the parent journey was already access-checked by the root field that returned it.</summary>
    public static void AddToJourney(ObjectGraphType<JourneySnapshot> journey)
    {
        journey.Field<NonNullGraphType<PatientFileGraphType>>("patientFile")
            .Description("The journey's documents, prescriptions and the reports of its completed steps, with download URLs.")
            .ResolveAsync(async c => new PatientFile(c.Source,
                await Library(c).Store.ListAsync(c.Source.Id, Library(c).Options.MaxPerJourney, c.CancellationToken)));
    }

    private static Guid? OptionalStep(string? stepId) => string.IsNullOrEmpty(stepId) ? null : Ids.Guid(stepId, "stepId");

    private static DocumentLibrary Library(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<DocumentLibrary>();
}
