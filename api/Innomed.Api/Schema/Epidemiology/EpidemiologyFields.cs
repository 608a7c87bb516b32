using System.Reactive.Linq;
using GraphQL;
using GraphQL.Types;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Schema.Epidemiology;

/// <summary>
/// Epidemiology of a territory: triage counts per local day and category, pre-aggregated as triages
/// happen, with small counts suppressed. Aggregate data only: the territory's GPs, its SAMU regulator
/// and admins (<see cref="Rules.EpidemiologyOf"/>).
/// </summary>
public static class EpidemiologyFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<EpidemiologyReportGraphType>>("epidemiology")
            .Description("Per-day, per-category triage counts with 7-day rolling average and week-over-week change; counts "
                + "from 1 to k-1 (k = suppressionThreshold, default 5) and anything derived from them are withheld. "
                + "Default: the 28 days ending today (Europe/Paris); at most 366 days.")
            .Argument<NonNullGraphType<IdGraphType>>("territoryId")
            .Argument<DateOnlyGraphType>("from")
            .Argument<DateOnlyGraphType>("to")
            .Allow(Rules.EpidemiologyOf(c => c.GetArgument<string>("territoryId")))
            .ResolveAsync(async c => await (await Territory(c)).GetReportAsync(c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to")));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EpidemiologyThresholdGraphType>>>>("epidemiologyThresholds")
            .Description("The alert threshold of every category (configured defaults unless set for the territory).")
            .Argument<NonNullGraphType<IdGraphType>>("territoryId")
            .Allow(Rules.EpidemiologyOf(c => c.GetArgument<string>("territoryId")))
            .ResolveAsync(async c => await (await Territory(c)).GetThresholdsAsync());
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EpidemiologyThresholdGraphType>>("setEpidemiologyThreshold")
            .Description("Sets a category's alert threshold for a territory. Admins only.")
            .Argument<NonNullGraphType<SetEpidemiologyThresholdInputGraphType>>("input")
            .AllowRoles(ActorRole.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetEpidemiologyThresholdInput>("input");
                var territoryId = Ids.Key(input.TerritoryId, "territoryId");
                await EnsureTerritoryAsync(c, territoryId);
                return await c.Grains().Get<IEpidemiologyGrain>(territoryId)
                    .SetThresholdAsync(new EpidemiologyThreshold(input.Category, input.MinDailyAverage, input.RiseRatio));
            });
    }

    public static void AddSubscriptions(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<EpidemiologyUpdateGraphType>, EpidemiologyUpdate>("epidemiologyUpdated")
            .Description("Every change of a day of the territory, with its published (suppressed) figures and any alert it raised.")
            .Argument<NonNullGraphType<IdGraphType>>("territoryId")
            .Allow(Rules.EpidemiologyOf(c => c.GetArgument<string>("territoryId")))
            .ResolveStreamAsync(async c =>
            {
                var territoryId = Ids.Key(c.GetArgument<string>("territoryId"), "territoryId");
                await EnsureTerritoryAsync(c, territoryId);
                return Live(c).EpidemiologyChanges.Where(u => u.TerritoryId == territoryId);
            });
        subscription.Field<NonNullGraphType<EpidemiologyAlertGraphType>, EpidemiologyAlert>("epidemiologyAlerts")
            .Description("The territory's active alerts, then every alert raised from now on.")
            .Argument<NonNullGraphType<IdGraphType>>("territoryId")
            .Allow(Rules.EpidemiologyOf(c => c.GetArgument<string>("territoryId")))
            .ResolveStreamAsync(async c =>
            {
                var territoryId = Ids.Key(c.GetArgument<string>("territoryId"), "territoryId");
                await EnsureTerritoryAsync(c, territoryId);
                // Listen before reading the active ones, so an alert raised in between is not missed.
                var live = Live(c).EpidemiologyChanges.Where(u => u.TerritoryId == territoryId)
                    .SelectMany(u => u.RaisedAlerts).Replay();
                var connection = live.Connect();
                var grain = c.Grains().Get<IEpidemiologyGrain>(territoryId);
                var active = await grain.GetActiveAlertsAsync();
                // When the feed resumes after an outage, the active alerts are read again: one raised
                // meanwhile is still active (alerts last days), so it is sent; each alert goes out once.
                var reread = Live(c).Resumed.SelectMany(_ => Observable.FromAsync(grain.GetActiveAlertsAsync)).SelectMany(alerts => alerts);
                var sent = active.Select(a => (a.Category, a.RaisedAt)).ToHashSet();
                return active.ToObservable()
                    .Concat(live.Merge(reread).Where(a => sent.Add((a.Category, a.RaisedAt))))
                    .Finally(connection.Dispose);
            });
    }

    private static async Task<IEpidemiologyGrain> Territory(IResolveFieldContext c)
    {
        var territoryId = Ids.Key(c.GetArgument<string>("territoryId"), "territoryId");
        await EnsureTerritoryAsync(c, territoryId);
        return c.Grains().Get<IEpidemiologyGrain>(territoryId);
    }

    private static async Task EnsureTerritoryAsync(IResolveFieldContext c, string territoryId)
    {
        if (await c.Grains().Get<ITerritoryGrain>(territoryId).GetProfileAsync() is null)
            throw new NotFoundException("Territory", territoryId);
    }

    private static ILiveEventSource Live(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ILiveEventSource>();
}
