using GraphQL.Types;
using Innomed.Grains.Capacity;

namespace Innomed.Api.Schema.Capacity;

public sealed class BedCountGraphType : ObjectGraphType<BedCount>
{
    public BedCountGraphType()
    {
        Name = "BedCount";
        Field<NonNullGraphType<BedTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field(x => x.Total);
        Field(x => x.Occupied);
        Field(x => x.Free);
    }
}
