using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Enums;

/// <summary>Where a patient journey stands.</summary>
public sealed class JourneyStageEnum : EnumerationGraphType<JourneyStage>
{
    public JourneyStageEnum()
    {
        Name = "JourneyStage";
        Description = "Where a patient journey stands.";
    }
}
