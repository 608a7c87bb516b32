using GraphQL.Types;
using Innomed.Grains.Directory;

namespace Innomed.Api.Schema.Enums;

/// <summary>Kind of hospital unit, lab or radiology centre.</summary>
public sealed class UnitKindEnum : EnumerationGraphType<UnitKind>
{
    public UnitKindEnum()
    {
        Name = "UnitKind";
        Description = "Kind of hospital unit, lab or radiology centre.";
    }
}
