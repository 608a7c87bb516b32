using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Labs;

public sealed class OrderLabsInputGraphType : InputObjectGraphType<OrderLabsInput>
{
    public OrderLabsInputGraphType()
    {
        Name = "OrderLabsInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ParentStepId, type: typeof(IdGraphType)).Description("Default: the primary-care step.");
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The lab or radiology centre.");
        Field(x => x.Kind, type: typeof(LabOrderKindEnum)).Description("Default LAB.");
        Field(x => x.Tests, type: typeof(ListGraphType<NonNullGraphType<LabTestInputGraphType>>)).Description("LAB: 1 to 50 tests.");
        Field(x => x.Exam, nullable: true).Description("IMAGING: the exam asked for.");
        Field(x => x.Priority, type: typeof(PriorityEnum));
        Field(x => x.ClinicalInformation).Description("Why: what the lab or radiologist needs to know.");
        Field(x => x.DueBy, nullable: true);
        Field(x => x.Note, nullable: true);
    }
}
