using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class SlotGraphType : ObjectGraphType<Slot>
{
    public SlotGraphType()
    {
        Name = "Slot";
        Field(x => x.Start);
        Field(x => x.End);
    }
}
