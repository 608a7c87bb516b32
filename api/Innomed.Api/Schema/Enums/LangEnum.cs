using GraphQL.Types;

namespace Innomed.Api.Schema.Enums;

/// <summary>The wording's language: French by default, English on request.</summary>
public sealed class LangEnum : EnumerationGraphType
{
    public LangEnum()
    {
        Name = "Lang";
        Add("FR", "fr", "Français");
        Add("EN", "en", "English");
    }
}
