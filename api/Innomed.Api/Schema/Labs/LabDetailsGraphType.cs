using GraphQL.Types;
using Innomed.Grains.Labs;

namespace Innomed.Api.Schema.Labs;

public sealed class LabDetailsGraphType : ObjectGraphType<LabDetails>
{
    public LabDetailsGraphType()
    {
        Name = "LabDetails";
        Description = "What a lab or imaging order asked for and what came back.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabTestGraphType>>>>("tests").Resolve(c => c.Source.Tests);
        Field(x => x.Exam, nullable: true).Description("Imaging: the exam asked for.");
        Field(x => x.ClinicalInformation, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabResultGraphType>>>>("results")
            .Description("Latest result per code, in posting order.").Resolve(c => c.Source.Results);
        Field(x => x.ImagingReport, nullable: true);
    }
}
