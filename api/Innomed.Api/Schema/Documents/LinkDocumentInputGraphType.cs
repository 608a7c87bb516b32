using GraphQL.Types;

namespace Innomed.Api.Schema.Documents;

public sealed class LinkDocumentInputGraphType : InputObjectGraphType<LinkDocumentInput>
{
    public LinkDocumentInputGraphType()
    {
        Name = "LinkDocumentInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.DocumentId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StepId, type: typeof(IdGraphType)).Description("The step to file it under; null files it under the journey only.");
    }
}
