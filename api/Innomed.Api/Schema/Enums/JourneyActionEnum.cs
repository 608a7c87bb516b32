using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Enums;

/// <summary>What may move a journey on from its current stage.</summary>
public sealed class JourneyActionEnum : EnumerationGraphType<JourneyTrigger>
{
    public JourneyActionEnum()
    {
        Name = "JourneyAction";
        Description = "What may move a journey on from its current stage.";
    }
}
