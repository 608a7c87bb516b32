using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Enums;

/// <summary>EMERGENCY goes to the SAMU (15); URGENT within 2 h, SEMI_URGENT 24 h, NON_URGENT 48 h.</summary>
public sealed class TriageLevelEnum : EnumerationGraphType<TriageLevel>
{
    public TriageLevelEnum()
    {
        Name = "TriageLevel";
        Description = "EMERGENCY goes to the SAMU (15); URGENT within 2 h, SEMI_URGENT 24 h, NON_URGENT 48 h.";
    }
}
