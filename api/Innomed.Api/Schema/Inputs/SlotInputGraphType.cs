using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class SlotInputGraphType : InputObjectGraphType<SlotInput>
{
    public SlotInputGraphType()
    {
        Name = "SlotInput";
        Field(x => x.Start);
        Field(x => x.End);
    }
}
