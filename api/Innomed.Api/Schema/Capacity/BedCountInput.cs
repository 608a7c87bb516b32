using Innomed.Grains.Capacity;

namespace Innomed.Api.Schema.Capacity;

public sealed class BedCountInput
{
    public BedType Type { get; set; }
    public int Total { get; set; }
    public int Occupied { get; set; }
}
