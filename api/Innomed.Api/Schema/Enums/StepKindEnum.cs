using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Enums;

/// <summary>The kind of a node of the journey tree.</summary>
public sealed class StepKindEnum : EnumerationGraphType<StepKind>
{
    public StepKindEnum()
    {
        Name = "StepKind";
        Description = "The kind of a node of the journey tree.";
    }
}
