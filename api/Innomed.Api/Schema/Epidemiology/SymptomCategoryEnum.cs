using GraphQL.Types;
using Innomed.Grains.Triage;

namespace Innomed.Api.Schema.Epidemiology;

public sealed class SymptomCategoryEnum : EnumerationGraphType<SymptomCategory>
{
    public SymptomCategoryEnum()
    {
        Name = "SymptomCategory";
        Description = "What a triaged complaint is about (the triage engine's classification of the reason).";
    }
}
