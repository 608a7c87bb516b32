using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.Types;

namespace Innomed.Api.Schema.Documents;

public sealed class StepReportGraphType : ObjectGraphType<StepReport>
{
    public StepReportGraphType()
    {
        Name = "StepReport";
        Description = "What a completed step reported (consultation, tele-expertise answer, results), with the documents filed under it.";
        Field<NonNullGraphType<StepGraphType>>("step").Resolve(c => new StepNode(c.Source.Step, c.Source.Journey));
        Field<NonNullGraphType<StepKindEnum>>("kind").Resolve(c => c.Source.Step.Kind);
        Field<PerformerGraphType>("performer").Resolve(c => c.Source.Step.Performer);
        Field<DateTimeOffsetGraphType>("completedAt").Resolve(c => c.Source.Step.CompletedAt);
        Field<StringGraphType>("report").Resolve(c => c.Source.Step.Report);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("documents").Resolve(c => c.Source.Documents);
    }
}
