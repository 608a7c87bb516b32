using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Enums;

/// <summary>A practitioner or a hospital unit.</summary>
public sealed class PerformerKindEnum : EnumerationGraphType<PerformerKind>
{
    public PerformerKindEnum()
    {
        Name = "PerformerKind";
        Description = "A practitioner or a hospital unit.";
    }
}
