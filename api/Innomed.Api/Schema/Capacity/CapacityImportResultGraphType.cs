using GraphQL.Types;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Capacity;

namespace Innomed.Api.Schema.Capacity;

public sealed class CapacityImportResultGraphType : ObjectGraphType<CapacityImportResult>
{
    public CapacityImportResultGraphType()
    {
        Name = "CapacityImportResult";
        Description = "All or nothing: with any error nothing is applied and every error is listed.";
        Field(x => x.Applied);
        Field(x => x.Rows).Description("Data rows read.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapacityImportErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitCapacityEntryGraphType>>>>("units").Resolve(c => c.Source.Units);
    }
}
