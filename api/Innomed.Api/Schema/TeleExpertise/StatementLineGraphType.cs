using GraphQL.Types;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class StatementLineGraphType : ObjectGraphType<StatementLine>
{
    public StatementLineGraphType()
    {
        Name = "TeleExpertiseStatementLine";
        Description = "One act: which request, when answered, which code and amount, billable or why not. No patient identity.";
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("The TELE_EXPERTISE step.").Resolve(c => c.Source.RequestId);
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.JourneyId);
        Field(x => x.AnsweredAt);
        Field<NonNullGraphType<BillingRoleEnum>>("role").Resolve(c => c.Source.Role);
        Field(x => x.Code);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Euros.").Resolve(c => c.Source.Amount);
        Field(x => x.Billable);
        Field(x => x.NotBillableReason, nullable: true);
        Field<IdGraphType>("counterpartId").Description("The expert on a requester's line, the requester on an expert's.")
            .Resolve(c => c.Source.CounterpartId);
    }
}
