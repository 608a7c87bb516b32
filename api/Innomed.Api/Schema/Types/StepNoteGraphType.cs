using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class StepNoteGraphType : ObjectGraphType<StepNote>
{
    public StepNoteGraphType()
    {
        Name = "StepNote";
        Field(x => x.At);
        Field(x => x.AuthorId);
        Field(x => x.Text);
    }
}
