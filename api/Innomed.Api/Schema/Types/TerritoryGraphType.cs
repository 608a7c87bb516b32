using GraphQL.Types;
using Innomed.Api.Schema.Access;
using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class TerritoryGraphType : ObjectGraphType<TerritoryProfile>
{
    public TerritoryGraphType()
    {
        Name = "Territory";
        Description = "A CPTS: the virtual primary-care centre journeys belong to.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field(x => x.Region, nullable: true);
        Field<NonNullGraphType<ContactGraphType>>("onCall").Resolve(c => c.Source.OnCall);
        Field<NonNullGraphType<StringGraphType>>("opensAt").Description("Local time patients may start a journey from (HH:mm).")
            .Resolve(c => (c.Source.Hours ?? OpeningHours.Default).Opens.ToString("HH:mm"));
        Field<NonNullGraphType<StringGraphType>>("closesAt").Description("Local time after which patients get the out-of-hours numbers.")
            .Resolve(c => (c.Source.Hours ?? OpeningHours.Default).Closes.ToString("HH:mm"));
        Field<NonNullGraphType<StringGraphType>>("timeZone").Resolve(c => (c.Source.Hours ?? OpeningHours.Default).TimeZone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyGraphType>>>>("awaitingQueue")
            .Description("Journeys waiting for a GP, soonest due first. The territory's GPs.")
            .Allow(Rules.GpOf(c => ((TerritoryProfile)c.Source!).Id))
            .ResolveAsync(async c => await Load(c, JourneyStage.AwaitingPrimaryCare));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyGraphType>>>>("emergencyQueue")
            .Description("Journeys handed to the SAMU regulator. The regulator.")
            .Allow(Rules.RegulatorOf(c => ((TerritoryProfile)c.Source!).Id))
            .ResolveAsync(async c => await Load(c, JourneyStage.RedirectedToEmergency));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JourneyGraphType>>>>("overdue")
            .Description("Journeys still waiting for a GP after their due-by. The territory's GPs and regulator.")
            .Allow(Rules.Any(Rules.GpOf(c => ((TerritoryProfile)c.Source!).Id), Rules.RegulatorOf(c => ((TerritoryProfile)c.Source!).Id)))
            .ResolveAsync(async c =>
            {
                var overdue = await c.Grains().Get<ITerritoryGrain>(c.Source.Id).GetOverdueAsync();
                return await c.Loader().JourneysAsync(overdue.Select(j => j.JourneyId));
            });
        Field<NonNullGraphType<TerritoryCapacityGraphType>>("capacity")
            .ResolveAsync(async c => await c.Grains().Get<ITerritoryGrain>(c.Source.Id).GetCapacityAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PractitionerGraphType>>>>("practitioners").ResolveAsync(async c =>
        {
            var members = await c.Grains().Get<ITerritoryGrain>(c.Source.Id).GetMembersAsync();
            var loaded = await Task.WhenAll(members.PractitionerIds.Select(c.Loader().PractitionerAsync));
            return loaded.OfType<PractitionerProfile>().ToArray();
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HospitalUnitGraphType>>>>("units").ResolveAsync(async c =>
        {
            var members = await c.Grains().Get<ITerritoryGrain>(c.Source.Id).GetMembersAsync();
            var loaded = await Task.WhenAll(members.UnitIds.Select(c.Loader().UnitAsync));
            return loaded.OfType<HospitalUnitProfile>().ToArray();
        });
    }

    private static async Task<IReadOnlyList<JourneySnapshot>> Load(GraphQL.IResolveFieldContext<TerritoryProfile> c, JourneyStage stage)
    {
        var active = await c.Grains().Get<ITerritoryGrain>(c.Source.Id).GetActiveJourneysAsync(stage);
        return await c.Loader().JourneysAsync(active.Take(200).Select(j => j.JourneyId));
    }
}
