using GraphQL;
using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class TriageOptionGraphType : ObjectGraphType<TriageOptionView>
{
    public TriageOptionGraphType()
    {
        Name = "TriageOption";
        Field(x => x.Code).Description("The value to send as the answer.");
        Field<NonNullGraphType<StringGraphType>>("label").Argument<LangEnum>("lang", a => a.DefaultValue = "fr")
            .Resolve(c => c.GetArgument<string>("lang") == "en" ? c.Source.LabelEn : c.Source.LabelFr);
    }
}
