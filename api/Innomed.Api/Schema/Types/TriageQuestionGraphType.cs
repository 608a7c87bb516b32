using GraphQL;
using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class TriageQuestionGraphType : ObjectGraphType<TriageQuestionView>
{
    public TriageQuestionGraphType()
    {
        Name = "TriageQuestion";
        Description = "One question of the triage chatbot, asked adaptively from the answers so far.";
        Field(x => x.Code).Description("Send it back with the answer.");
        Field<NonNullGraphType<TriageQuestionKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("text").Argument<LangEnum>("lang", a => a.DefaultValue = "fr")
            .Resolve(c => c.GetArgument<string>("lang") == "en" ? c.Source.TextEn : c.Source.TextFr);
        Field<StringGraphType>("help").Argument<LangEnum>("lang", a => a.DefaultValue = "fr")
            .Resolve(c => c.GetArgument<string>("lang") == "en" ? c.Source.HelpEn : c.Source.HelpFr);
        Field<DecimalGraphType>("min").Resolve(c => c.Source.Min);
        Field<DecimalGraphType>("max").Resolve(c => c.Source.Max);
        Field<IntGraphType>("decimals").Resolve(c => c.Source.Decimals);
        Field<StringGraphType>("unit").Argument<LangEnum>("lang", a => a.DefaultValue = "fr")
            .Resolve(c => c.GetArgument<string>("lang") == "en" ? c.Source.UnitEn : c.Source.UnitFr);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TriageOptionGraphType>>>>("options").Resolve(c => c.Source.Options);
        Field(x => x.AllowsUnknown).Description("\"unknown\" is an acceptable answer.");
        Field(x => x.IsRedFlag).Description("A \"yes\" can send the patient to the SAMU.");
        Field(x => x.MaxLength);
    }
}
