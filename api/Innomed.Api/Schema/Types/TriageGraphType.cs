using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class TriageGraphType : ObjectGraphType<TriageResult>
{
    public TriageGraphType()
    {
        Name = "Triage";
        Field<NonNullGraphType<TriageLevelEnum>>("level").Resolve(c => c.Source.Level);
        Field(x => x.TriagedAt);
        Field(x => x.DueBy, nullable: true).Description("When a GP must have taken charge; null for emergencies.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("The rules that fired, in words a GP can check.").Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TriageAnswerGraphType>>>>("answers").Resolve(c => c.Source.Answers);
        Field(x => x.TriagedBy, nullable: true).Description("The clinician who set the level, if any.");
    }
}
