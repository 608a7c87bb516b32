using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Labs;

public sealed class PostLabResultsInputGraphType : InputObjectGraphType<PostLabResultsInput>
{
    public PostLabResultsInputGraphType()
    {
        Name = "PostLabResultsInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StepId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Results, type: typeof(ListGraphType<NonNullGraphType<LabResultInputGraphType>>)).Description("At most 100; a code posted again replaces its earlier result.");
        Field(x => x.ImagingReport, nullable: true);
        Field(x => x.Final, nullable: true).Description("True completes the step (the report goes back to whoever ordered it).");
    }
}
