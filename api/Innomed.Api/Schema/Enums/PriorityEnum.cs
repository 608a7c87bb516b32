using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Enums;

/// <summary>Request priority.</summary>
public sealed class PriorityEnum : EnumerationGraphType<Priority>
{
    public PriorityEnum()
    {
        Name = "Priority";
        Description = "Request priority.";
    }
}
