using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Enums;

/// <summary>An action on a step.</summary>
public sealed class StepActionEnum : EnumerationGraphType<StepAction>
{
    public StepActionEnum()
    {
        Name = "StepAction";
        Description = "An action on a step.";
    }
}
