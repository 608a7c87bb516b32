using GraphQL.Types;
using Innomed.Grains.Directory;

namespace Innomed.Api.Schema.Enums;

/// <summary>A practitioner's role.</summary>
public sealed class PractitionerRoleEnum : EnumerationGraphType<PractitionerRole>
{
    public PractitionerRoleEnum()
    {
        Name = "PractitionerRole";
        Description = "A practitioner's role.";
    }
}
