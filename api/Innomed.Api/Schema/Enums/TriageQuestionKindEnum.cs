using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Enums;

/// <summary>How a triage question is answered.</summary>
public sealed class TriageQuestionKindEnum : EnumerationGraphType<TriageQuestionKind>
{
    public TriageQuestionKindEnum()
    {
        Name = "TriageQuestionKind";
        Description = "YES_NO (yes/no/unknown), NUMBER (within min..max), CHOICE, MULTI_CHOICE (comma-separated codes), FREE_TEXT.";
    }
}
