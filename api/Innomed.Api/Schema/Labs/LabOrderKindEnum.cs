using GraphQL.Types;

namespace Innomed.Api.Schema.Labs;

public sealed class LabOrderKindEnum : EnumerationGraphType<LabOrderKind>
{
    public LabOrderKindEnum()
    {
        Name = "LabOrderKind";
    }
}
