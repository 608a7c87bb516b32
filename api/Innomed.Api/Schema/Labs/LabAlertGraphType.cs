using GraphQL.Types;
using Innomed.Grains.Labs;

namespace Innomed.Api.Schema.Labs;

public sealed class LabAlertGraphType : ObjectGraphType<LabAlert>
{
    public LabAlertGraphType()
    {
        Name = "LabAlert";
        Description = "A critical result waiting for a clinician's acknowledgement.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.JourneyId);
        Field<NonNullGraphType<IdGraphType>>("stepId").Resolve(c => c.Source.StepId);
        Field(x => x.RaisedAt);
        Field<NonNullGraphType<IdGraphType>>("orderedBy").Resolve(c => c.Source.OrderedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("codes")
            .Description("Codes of the critical results (values are on the step).").Resolve(c => c.Source.Codes);
        Field(x => x.EscalateAt).Description("When it goes to the on-call GP if nobody acknowledges it.");
        Field(x => x.EscalatedAt, nullable: true);
        Field<IdGraphType>("escalatedTo").Resolve(c => c.Source.EscalatedTo);
        Field(x => x.AcknowledgedAt, nullable: true);
        Field<IdGraphType>("acknowledgedBy").Resolve(c => c.Source.AcknowledgedBy);
        Field<NonNullGraphType<BooleanGraphType>>("open").Resolve(c => c.Source.IsOpen);
    }
}
