using GraphQL.Types;

namespace Innomed.Api.Schema.Capacity;

public sealed class BedCountInputGraphType : InputObjectGraphType<BedCountInput>
{
    public BedCountInputGraphType()
    {
        Name = "BedCountInput";
        Field(x => x.Type, type: typeof(NonNullGraphType<BedTypeEnum>));
        Field(x => x.Total);
        Field(x => x.Occupied);
    }
}
