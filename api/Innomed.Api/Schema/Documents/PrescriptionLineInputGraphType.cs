using GraphQL.Types;

namespace Innomed.Api.Schema.Documents;

public sealed class PrescriptionLineInputGraphType : InputObjectGraphType<PrescriptionLineInput>
{
    public PrescriptionLineInputGraphType()
    {
        Name = "PrescriptionLineInput";
        Field(x => x.Text).Description("Medication (name, strength, form), test or act; up to 500 characters.");
        Field(x => x.Dosage, nullable: true).Description("E.g. \"1 comprimé matin et soir\".");
        Field(x => x.Duration, nullable: true).Description("E.g. \"7 jours\".");
        Field(x => x.Quantity, nullable: true).Description("E.g. \"1 boîte\".");
    }
}
