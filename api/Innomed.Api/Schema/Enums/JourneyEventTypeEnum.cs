using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Enums;

/// <summary>What happened to a journey.</summary>
public sealed class JourneyEventTypeEnum : EnumerationGraphType<JourneyEventType>
{
    public JourneyEventTypeEnum()
    {
        Name = "JourneyEventType";
        Description = "What happened to a journey.";
    }
}
