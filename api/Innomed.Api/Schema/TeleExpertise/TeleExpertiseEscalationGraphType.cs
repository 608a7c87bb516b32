using GraphQL.Types;
using Innomed.Api.Schema.Types;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class TeleExpertiseEscalationGraphType : ObjectGraphType<TeleExpertiseEscalation>
{
    public TeleExpertiseEscalationGraphType()
    {
        Name = "TeleExpertiseEscalation";
        Description = "An unanswered request passed on at its due-by (toExpertId null: nobody else of the specialty to ask).";
        Field(x => x.At);
        Field<NonNullGraphType<IdGraphType>>("fromExpertId").Resolve(c => c.Source.FromExpertId);
        Field<IdGraphType>("toExpertId").Resolve(c => c.Source.ToExpertId);
        Field<PractitionerGraphType>("toExpert").ResolveAsync(async c =>
            c.Source.ToExpertId is { } id ? await c.Loader().PractitionerAsync(id) : null);
        Field<DateTimeOffsetGraphType>("dueBy").Description("The new expert's due-by.").Resolve(c => c.Source.DueBy);
    }
}
