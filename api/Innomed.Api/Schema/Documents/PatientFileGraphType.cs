using GraphQL;
using GraphQL.Types;
using Innomed.Api.Documents;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Documents;

public sealed class PatientFileGraphType : ObjectGraphType<PatientFile>
{
    public PatientFileGraphType()
    {
        Name = "PatientFile";
        Description = "Everything written down in a journey: documents (oldest first), prescriptions, and the reports of completed steps.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("documents")
            .Argument<DocumentKindEnum>("kind", "Only this kind.")
            .Resolve(c => c.GetArgument<DocumentKind?>("kind") is { } kind
                ? c.Source.Documents.Where(d => d.Kind == kind).ToArray()
                : c.Source.Documents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("prescriptions")
            .Resolve(c => c.Source.Documents.Where(d => d.Kind == DocumentKind.Prescription).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StepReportGraphType>>>>("reports")
            .Description("Completed steps with a report, in completion order.")
            .Resolve(c => c.Source.Journey.Steps
                .Where(s => s.Status == StepStatus.Completed && !string.IsNullOrWhiteSpace(s.Report))
                .OrderBy(s => s.CompletedAt)
                .Select(s => new StepReport(s, c.Source.Journey, c.Source.Documents.Where(d => d.StepId == s.Id).ToArray()))
                .ToArray());
    }
}
