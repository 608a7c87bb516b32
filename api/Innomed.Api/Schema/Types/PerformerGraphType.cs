using GraphQL.Types;
using GraphQL;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class PerformerGraphType : ObjectGraphType<Performer>
{
    public PerformerGraphType()
    {
        Name = "Performer";
        Description = "Who carries out a step: a practitioner or a hospital unit.";
        Field<NonNullGraphType<PerformerKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<PractitionerGraphType>("practitioner").ResolveAsync(async c =>
            c.Source.Kind == PerformerKind.Practitioner ? await c.Loader().PractitionerAsync(c.Source.Id) : null);
        Field<HospitalUnitGraphType>("unit").ResolveAsync(async c =>
            c.Source.Kind == PerformerKind.Unit ? await c.Loader().UnitAsync(c.Source.Id) : null);
    }
}
