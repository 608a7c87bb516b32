using GraphQL.Types;
using GraphQL;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Availability;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class HospitalUnitGraphType : ObjectGraphType<HospitalUnitProfile>
{
    public HospitalUnitGraphType()
    {
        Name = "HospitalUnit";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("hospitalId").Resolve(c => c.Source.HospitalId);
        Field(x => x.HospitalName);
        Field(x => x.Name);
        Field<NonNullGraphType<UnitKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Specialty, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("territoryId").Resolve(c => c.Source.TerritoryId);
        Field<NonNullGraphType<ContactGraphType>>("contactPoint").Description("The privileged contact point for GPs.")
            .Resolve(c => c.Source.ContactPoint);
        Field<UnitCapacityGraphType>("capacity")
            .ResolveAsync(async c => await c.Grains().Get<IHospitalUnitGrain>(c.Source.Id).GetCapacityAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkItemGraphType>>>>("incoming")
            .Description("Open steps addressed to the unit, soonest due first. Its staff only.")
            .Allow(Rules.StaffOf(c => ((HospitalUnitProfile)c.Source!).Id))
            .ResolveAsync(async c => await c.Grains().Get<IHospitalUnitGrain>(c.Source.Id).GetIncomingAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyGraphType>>>>("journeys")
            .Description("Journeys the unit takes part in, most recently updated first. Its staff only.")
            .Allow(Rules.StaffOf(c => ((HospitalUnitProfile)c.Source!).Id))
            .Argument<IntGraphType>("first", "Default 50, max 200.")
            .ResolveAsync(async c => await c.FirstJourneysAsync(c.Grains().Get<IHospitalUnitGrain>(c.Source.Id).GetJourneysAsync()));
        Field<CalendarSlotGraphType>("nextFreeSlot")
            .Description("The first free slot within the hours given (default 48, max 1440); GPs also see slots reserved for urgent referrals.")
            .Argument<IntGraphType>("withinHours")
            .Allow(Rules.Roles(Rules.Professionals))
            .ResolveAsync(async c => await AvailabilityFields.NextFreeSlotAsync(c, Performer.Unit(c.Source.Id), c.GetArgument("withinHours", 48)));
    }
}
