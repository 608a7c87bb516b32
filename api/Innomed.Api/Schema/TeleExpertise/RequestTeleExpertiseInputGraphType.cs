using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class RequestTeleExpertiseInputGraphType : InputObjectGraphType<RequestTeleExpertiseInput>
{
    public RequestTeleExpertiseInputGraphType()
    {
        Name = "RequestTeleExpertiseInput";
        Description = "A question to an expert about the journey's patient.";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpertId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The practitioner asked.");
        Field(x => x.Question).Description("At most 4000 characters.");
        Field(x => x.Attachments, type: typeof(ListGraphType<NonNullGraphType<DocumentReferenceInputGraphType>>)).Description("At most 10.");
        Field(x => x.Priority, type: typeof(PriorityEnum)).Description("Default ROUTINE.");
        Field(x => x.DueBy, nullable: true)
            .Description("Default by priority: ROUTINE 24 h, URGENT 4 h, ASAP 2 h, STAT 1 h (configurable).");
        Field(x => x.ParentStepId, type: typeof(IdGraphType)).Description("Default: the primary-care step.");
    }
}
