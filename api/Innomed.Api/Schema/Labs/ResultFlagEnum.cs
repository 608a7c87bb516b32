using GraphQL.Types;
using Innomed.Grains.Labs;

namespace Innomed.Api.Schema.Labs;

public sealed class ResultFlagEnum : EnumerationGraphType<ResultFlag>
{
    public ResultFlagEnum()
    {
        Name = "ResultFlag";
        Description = "Computed by Innomed from the limits posted with the value: critical limits win over the reference range.";
    }
}
