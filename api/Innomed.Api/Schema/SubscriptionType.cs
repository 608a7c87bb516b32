using System.Reactive.Linq;
using GraphQL.Types;
using GraphQL;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Epidemiology;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Schema;

/// <summary>Live feeds, all served from the published events (no polling).</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Field<NonNullGraphType<JourneyEventGraphType>, JourneyEventNode>("journeyUpdated")
            .Description("Replays the events after sinceVersion, then goes live; in version order, no gap, no duplicate.")
            .Argument<NonNullGraphType<IdGraphType>>("journeyId")
            .Argument<IntGraphType>("sinceVersion", "Replay from here; default: only what happens from now on.")
            .AllowRoles(Rules.Clinical)
            .ResolveStreamAsync(async c =>
            {
                var id = Ids.Journey(c.GetArgument<string>("journeyId"));
                var grain = c.Grains().Get<IJourneyGrain>(id);
                var journey = AccessMiddleware.Demand(c, await grain.GetAsync() ?? throw new NotFoundException("Journey", id.ToString()));
                var since = c.GetArgument<int?>("sinceVersion") ?? journey.Version;
                if (since < 0) throw new InvalidInputException("sinceVersion", "'sinceVersion' cannot be negative.");
                return JourneyUpdates.Stream(c.RequestServices!.GetRequiredService<Live.JourneyChangeRouter>().For(id), Live(c).Resumed, grain, since);
            });
        Field<NonNullGraphType<StepEventGraphType>, StepEventNode>("referralStatusChanged")
            .Description("Every change of every step this practitioner requested, tele-expertise escalations included.")
            .Argument<NonNullGraphType<IdGraphType>>("practitionerId")
            .Allow(Rules.Self(c => c.GetArgument<string>("practitionerId")))
            .ResolveStream(c =>
            {
                var practitionerId = Ids.Key(c.GetArgument<string>("practitionerId"), "practitionerId");
                var practitioner = c.Grains().Get<IPractitionerGrain>(practitionerId);
                return JourneyFeed.Stream(Feed(c, practitioner.GetJourneysAsync),
                    journey => journey.Steps.Any(s => s.RequesterId == practitionerId),
                    (evt, journey) => evt.Type is JourneyEventType.StepAdded or JourneyEventType.StepStatusChanged
                            or JourneyEventType.TeleExpertiseEscalated or JourneyEventType.TeleExpertiseEscalationFailed
                        && evt.StepId is { } stepId && journey.FindStep(stepId) is { } step && step.RequesterId == practitionerId
                        ? new StepEventNode(evt, step, journey)
                        : null);
            });
        Field<NonNullGraphType<JourneyEventGraphType>, JourneyEventNode>("unitJourneys")
            .Description("Events of the journeys with a step addressed to this unit.")
            .Argument<NonNullGraphType<IdGraphType>>("unitId")
            .Allow(Rules.StaffOf(c => c.GetArgument<string>("unitId")))
            .ResolveStream(c =>
            {
                var unitId = Ids.Key(c.GetArgument<string>("unitId"), "unitId");
                var unit = c.Grains().Get<IHospitalUnitGrain>(unitId);
                return JourneyFeed.Stream(Feed(c, unit.GetJourneysAsync),
                    journey => journey.Steps.Any(s => s.Performer is { Kind: PerformerKind.Unit } p && p.Id == unitId),
                    (evt, journey) => new JourneyEventNode(evt, journey));
            });
        Field<NonNullGraphType<JourneyEventGraphType>, JourneyEventNode>("emergencyQueue")
            .Description("The SAMU regulator's live queue: every journey of the territory triaged as an emergency, with its answers.")
            .Argument<NonNullGraphType<IdGraphType>>("territoryId")
            .Allow(Rules.RegulatorOf(c => c.GetArgument<string>("territoryId")))
            .ResolveStream(c =>
            {
                var territoryId = Ids.Key(c.GetArgument<string>("territoryId"), "territoryId");
                var territory = c.Grains().Get<ITerritoryGrain>(territoryId);
                return JourneyFeed.Stream(Feed(c, () => territory.GetActiveJourneysAsync(JourneyStage.RedirectedToEmergency)),
                    journey => journey.TerritoryId == territoryId && journey.Stage == JourneyStage.RedirectedToEmergency,
                    (evt, journey) => evt.Type == JourneyEventType.RedirectedToEmergency ? new JourneyEventNode(evt, journey) : null);
            });
        Field<NonNullGraphType<TerritoryCapacityGraphType>, TerritoryCapacity>("territoryCapacity")
            .Description("The current roll-up, then every change.")
            .Argument<NonNullGraphType<IdGraphType>>("territoryId")
            .Allow(Rules.AnyoneSignedIn)
            .ResolveStreamAsync(async c =>
            {
                var territoryId = Ids.Key(c.GetArgument<string>("territoryId"), "territoryId");
                var grain = c.Grains().Get<ITerritoryGrain>(territoryId);
                if (await grain.GetProfileAsync() is null) throw new NotFoundException("Territory", territoryId);
                var live = Live(c).CapacityChanges.Where(t => t.TerritoryId == territoryId).Replay();
                var connection = live.Connect();
                var current = await grain.GetCapacityAsync();
                // The roll-up is a state, not a log: when the feed resumes after an outage, the grain's
                // current roll-up is the whole catch-up (sent only if newer than the last one sent).
                var reread = Live(c).Resumed.SelectMany(_ => Observable.FromAsync(grain.GetCapacityAsync));
                var last = current.UpdatedAt;
                return Observable.Return(current)
                    .Concat(live.Where(t => t.UpdatedAt >= current.UpdatedAt).Select(t => (Capacity: t, Reread: false))
                        .Merge(reread.Select(t => (Capacity: t, Reread: true)))
                        .Where(x =>
                        {
                            if (x.Capacity.UpdatedAt < last || (x.Reread && x.Capacity.UpdatedAt == last)) return false;
                            last = x.Capacity.UpdatedAt;
                            return true;
                        })
                        .Select(x => x.Capacity))
                    .Finally(connection.Dispose);
            });
        EpidemiologyFields.AddSubscriptions(this);
        Labs.LabFields.AddSubscriptions(this);
        Conversations.ConversationFields.AddSubscriptions(this);

        foreach (var field in Fields)
        {
            if (field.StreamResolver is { } stream)
                field.StreamResolver = new AccessCheckedStreamResolver(stream, FieldAccess.RuleOf(field), field.Name);
        }
    }

    /// <summary>The live journey changes, with the index and timelines to catch up from (<see cref="JourneyFeed"/>).</summary>
    private static JourneyFeed.Source Feed(IResolveFieldContext c, Func<Task<IReadOnlyList<JourneySummary>>> index)
    {
        var grains = c.Grains();
        return new JourneyFeed.Source(Live(c).JourneyChanges, Live(c).Resumed, index,
            (id, after, max) => grains.Get<IJourneyGrain>(id).GetEventsAsync(after, max),
            id => grains.Get<IJourneyGrain>(id).GetAsync());
    }

    private static ILiveEventSource Live(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ILiveEventSource>();
}
