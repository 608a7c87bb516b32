using GraphQL.Types;
using GraphQL;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Availability;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class PractitionerGraphType : ObjectGraphType<PractitionerProfile>
{
    public PractitionerGraphType()
    {
        Name = "Practitioner";
        Field<NonNullGraphType<IdGraphType>>("id").Description("RPPS-like number.").Resolve(c => c.Source.Id);
        Field(x => x.FamilyName);
        Field(x => x.GivenName);
        Field<NonNullGraphType<PractitionerRoleEnum>>("role").Resolve(c => c.Source.Role);
        Field(x => x.Specialty, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("territoryId").Resolve(c => c.Source.TerritoryId);
        Field<IdGraphType>("unitId").Resolve(c => c.Source.UnitId);
        Field<NonNullGraphType<ContactGraphType>>("contact").Resolve(c => c.Source.Contact);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkItemGraphType>>>>("worklist")
            .Description("Open steps they perform, soonest due first. Themselves only.")
            .Allow(Rules.Self(c => ((PractitionerProfile)c.Source!).Id))
            .ResolveAsync(async c => await c.Grains().Get<IPractitionerGrain>(c.Source.Id).GetWorklistAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyGraphType>>>>("journeys")
            .Description("Journeys they follow, most recently updated first. Themselves only.")
            .Allow(Rules.Self(c => ((PractitionerProfile)c.Source!).Id))
            .Argument<IntGraphType>("first", "Default 50, max 200.")
            .ResolveAsync(async c => await c.FirstJourneysAsync(c.Grains().Get<IPractitionerGrain>(c.Source.Id).GetJourneysAsync()));
        Field<CalendarSlotGraphType>("nextFreeSlot")
            .Description("The first free slot within the hours given (default 48, max 1440); GPs also see slots reserved for urgent referrals.")
            .Argument<IntGraphType>("withinHours")
            .Allow(Rules.Roles(Rules.Professionals))
            .ResolveAsync(async c => await AvailabilityFields.NextFreeSlotAsync(c, Performer.Practitioner(c.Source.Id), c.GetArgument("withinHours", 48)));
    }
}
