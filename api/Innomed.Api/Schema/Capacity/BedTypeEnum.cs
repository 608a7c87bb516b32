using GraphQL.Types;
using Innomed.Grains.Capacity;

namespace Innomed.Api.Schema.Capacity;

public sealed class BedTypeEnum : EnumerationGraphType<BedType>
{
    public BedTypeEnum()
    {
        Name = "BedType";
        Description = "ICU: réanimation; USI: soins intensifs; CONVENTIONAL: hospitalisation conventionnelle; SHORT_STAY: UHCD.";
    }
}
