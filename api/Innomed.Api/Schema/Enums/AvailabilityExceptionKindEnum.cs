using GraphQL.Types;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Enums;

public sealed class AvailabilityExceptionKindEnum : EnumerationGraphType<AvailabilityOverrideKind>
{
    public AvailabilityExceptionKindEnum()
    {
        Name = "AvailabilityExceptionKind";
        Description = "CLOSED removes the template's slots in the range (or the whole day); EXTRA adds slots.";
    }
}
