using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Enums;

/// <summary>A step's lifecycle status (FHIR Task).</summary>
public sealed class StepStatusEnum : EnumerationGraphType<StepStatus>
{
    public StepStatusEnum()
    {
        Name = "StepStatus";
        Description = "A step's lifecycle status (FHIR Task).";
    }
}
