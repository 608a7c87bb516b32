using GraphQL.Types;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class RemuneratedActGraphType : ObjectGraphType<RemuneratedAct>
{
    public RemuneratedActGraphType()
    {
        Name = "RemuneratedAct";
        Description = "An act recorded by an answer: the expert's (TE2) and the requester's (RQD) by default.";
        Field<NonNullGraphType<BillingRoleEnum>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<IdGraphType>>("practitionerId").Resolve(c => c.Source.PractitionerId);
        Field(x => x.Code);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Euros.").Resolve(c => c.Source.Amount);
        Field(x => x.Billable).Description("False beyond the yearly cap: recorded, not paid.");
        Field(x => x.NotBillableReason, nullable: true);
        Field(x => x.Rank).Description("The answer's place among the patient's answers of the year that count toward the cap.");
    }
}
