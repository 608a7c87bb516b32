using GraphQL.Types;

namespace Innomed.Api.Schema.Documents;

public sealed class CreatePrescriptionInputGraphType : InputObjectGraphType<CreatePrescriptionInput>
{
    public CreatePrescriptionInputGraphType()
    {
        Name = "CreatePrescriptionInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StepId, type: typeof(IdGraphType)).Description("The step it belongs to (e.g. the consultation), if any.");
        Field(x => x.Category, type: typeof(NonNullGraphType<PrescriptionCategoryEnum>));
        Field(x => x.Lines, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<PrescriptionLineInputGraphType>>>))
            .Description("1 to 30 lines.");
        Field(x => x.Notes, nullable: true);
    }
}
