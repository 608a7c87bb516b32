using GraphQL.Types;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class TeleExpertiseStatementGraphType : ObjectGraphType<TeleExpertiseStatement>
{
    public TeleExpertiseStatementGraphType()
    {
        Name = "TeleExpertiseStatement";
        Description = "A practitioner's tele-expertise acts of one month (Europe/Paris), oldest first.";
        Field<NonNullGraphType<IdGraphType>>("practitionerId").Resolve(c => c.Source.PractitionerId);
        Field(x => x.Month).Description("yyyy-MM.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementLineGraphType>>>>("lines").Resolve(c => c.Source.Lines);
        Field<NonNullGraphType<IntGraphType>>("billableCount").Resolve(c => c.Source.BillableCount);
        Field<NonNullGraphType<DecimalGraphType>>("billableTotal").Description("Euros.").Resolve(c => c.Source.BillableTotal);
        Field<NonNullGraphType<IntGraphType>>("notBillableCount").Resolve(c => c.Source.NotBillableCount);
        Field<NonNullGraphType<StringGraphType>>("csv")
            .Description("The statement as CSV (RFC 4180, comma-separated, UTF-8, header row, amounts with a dot).")
            .Resolve(c => StatementCsv.Write(c.Source));
    }
}
