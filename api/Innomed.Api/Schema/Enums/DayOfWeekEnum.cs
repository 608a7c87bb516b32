using GraphQL.Types;

namespace Innomed.Api.Schema.Enums;

public sealed class DayOfWeekEnum : EnumerationGraphType<DayOfWeek>
{
    public DayOfWeekEnum()
    {
        Name = "DayOfWeek";
        Description = "A day of the week.";
    }
}
