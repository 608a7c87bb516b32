namespace Innomed.Api.Schema.Inputs;

public sealed class SlotInput
{
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
}
