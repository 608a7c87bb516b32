using GraphQL.Types;
using Innomed.Grains.Capacity;

namespace Innomed.Api.Schema.Capacity;

public sealed class CapacityBucketEnum : EnumerationGraphType<CapacityBucket>
{
    public CapacityBucketEnum()
    {
        Name = "CapacityBucket";
        Description = "Width of one chart point; buckets start on UTC boundaries.";
    }
}
