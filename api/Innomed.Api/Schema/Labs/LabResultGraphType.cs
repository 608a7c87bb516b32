using GraphQL.Types;
using Innomed.Grains.Labs;

namespace Innomed.Api.Schema.Labs;

public sealed class LabResultGraphType : ObjectGraphType<LabResult>
{
    public LabResultGraphType()
    {
        Name = "LabResult";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Entry.Code);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Entry.Label);
        Field<DecimalGraphType>("value").Resolve(c => c.Source.Entry.Value);
        Field<StringGraphType>("text").Description("A text result (cultures, serologies…).").Resolve(c => c.Source.Entry.Text);
        Field<StringGraphType>("unit").Resolve(c => c.Source.Entry.Unit);
        Field<DecimalGraphType>("referenceLow").Resolve(c => c.Source.Entry.ReferenceLow);
        Field<DecimalGraphType>("referenceHigh").Resolve(c => c.Source.Entry.ReferenceHigh);
        Field<DecimalGraphType>("criticalLow").Resolve(c => c.Source.Entry.CriticalLow);
        Field<DecimalGraphType>("criticalHigh").Resolve(c => c.Source.Entry.CriticalHigh);
        Field<NonNullGraphType<ResultFlagEnum>>("flag").Resolve(c => c.Source.Flag);
        Field<NonNullGraphType<BooleanGraphType>>("abnormal").Description("Outside the reference range.").Resolve(c => c.Source.IsAbnormal);
        Field<NonNullGraphType<BooleanGraphType>>("critical").Description("Outside the critical limits.").Resolve(c => c.Source.IsCritical);
        Field(x => x.PostedAt);
        Field<NonNullGraphType<IdGraphType>>("postedBy").Resolve(c => c.Source.PostedBy);
    }
}
