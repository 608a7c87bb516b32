using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;
using Innomed.Grains.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Innomed.Grains.Tests.Directory;

/// <summary>
/// Index grains keep open journeys and ended ones in separate states, so the write each open
/// journey's change costs does not carry the history; what users read is unchanged.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class IndexHistoryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_AClosedJourney_When_Indexed_Then_ItIsStoredInTheHistoryOnlyAndStillListed()
    {
        var (net, journey, closed) = await ClosedAsync();
        var gp = fixture.Client.GetGrain<IPractitionerGrain>(net.GpId);

        var listed = (await gp.GetJourneysAsync()).Single(j => j.JourneyId == closed.Id);
        listed.Stage.ShouldBe(JourneyStage.Closed);
        (await gp.GetWorklistAsync()).ShouldNotContain(w => w.JourneyId == closed.Id);

        var main = await ReadAsync<PractitionerState>("practitioner", gp.GetGrainId());
        var history = await ReadAsync<JourneyHistoryState>("practitioner-history", gp.GetGrainId());
        main.Index.Journeys.ShouldNotContainKey(closed.Id);
        history.Index.Journeys[closed.Id].Version.ShouldBe(closed.Version);

        var territory = fixture.Client.GetGrain<ITerritoryGrain>(net.TerritoryId);
        (await ReadAsync<TerritoryState>("territory", territory.GetGrainId())).Active.ShouldNotContainKey(closed.Id);
        (await ReadAsync<TerritoryEndedState>("territory-ended", territory.GetGrainId())).Tombstones[closed.Id].Version.ShouldBe(closed.Version);
    }

    [Fact]
    public async Task Given_AClosedJourney_When_ALateSummaryOfAnOlderVersionArrives_Then_NoIndexReopensIt()
    {
        var (net, journey, closed) = await ClosedAsync();
        var late = new JourneySummary
        {
            JourneyId = closed.Id, TerritoryId = net.TerritoryId, Stage = JourneyStage.PrimaryCare, Version = closed.Version - 1,
            PrimaryPractitionerId = net.GpId, UpdatedAt = closed.UpdatedAt, CreatedAt = closed.CreatedAt,
        };
        var gp = fixture.Client.GetGrain<IPractitionerGrain>(net.GpId);
        var territory = fixture.Client.GetGrain<ITerritoryGrain>(net.TerritoryId);

        await gp.TrackAsync(late);
        await territory.TrackAsync(late);

        (await gp.GetJourneysAsync()).Where(j => j.JourneyId == closed.Id).ShouldHaveSingleItem().Stage.ShouldBe(JourneyStage.Closed);
        (await territory.GetActiveJourneysAsync(null)).ShouldNotContain(j => j.JourneyId == closed.Id);
    }

    [Fact]
    public async Task Given_AStateStoredBeforeTheSplit_When_TheGrainActivates_Then_ItsEndedJourneysMoveToTheHistory()
    {
        var id = $"gp-legacy-{Guid.NewGuid():N}";
        var gp = fixture.Client.GetGrain<IPractitionerGrain>(id);
        var now = DateTimeOffset.UtcNow;
        JourneySummary Summary(JourneyStage stage) => new()
        {
            JourneyId = Guid.NewGuid(), TerritoryId = "cpts-legacy", Stage = stage, Version = 5, UpdatedAt = now, CreatedAt = now,
        };
        var (open, ended) = (Summary(JourneyStage.PrimaryCare), Summary(JourneyStage.Closed));
        var legacy = new PractitionerState
        {
            Profile = new PractitionerProfile { Id = id, FamilyName = "Martin", GivenName = "Claire", Role = PractitionerRole.Gp, TerritoryId = "cpts-legacy" },
            Index = new JourneyIndex { Journeys = { [open.JourneyId] = open, [ended.JourneyId] = ended } },
        };
        await Storage.WriteStateAsync("practitioner", gp.GetGrainId(), new GrainState<PractitionerState>(legacy));

        (await gp.GetJourneysAsync()).Select(j => j.JourneyId).ShouldBe([open.JourneyId, ended.JourneyId], ignoreOrder: true);

        (await ReadAsync<PractitionerState>("practitioner", gp.GetGrainId())).Index.Journeys.Keys.ShouldBe([open.JourneyId]);
        (await ReadAsync<JourneyHistoryState>("practitioner-history", gp.GetGrainId())).Index.Journeys.Keys.ShouldBe([ended.JourneyId]);
    }

    [Fact]
    public async Task Given_AGpWithManyJourneys_When_TheyChange_Then_ChangesAreLoggedNotRewrittenAndComeBackAfterReactivation()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var gp = fixture.Client.GetGrain<IPractitionerGrain>(net.GpId);
        var now = DateTimeOffset.UtcNow;
        JourneySummary Summary(Guid id, JourneyStage stage, int version, int minute) => new()
        {
            JourneyId = id, TerritoryId = net.TerritoryId, Stage = stage, Version = version, PrimaryPractitionerId = net.GpId,
            UpdatedAt = now.AddMinutes(minute), CreatedAt = now,
            Steps = [new StepSummary(Guid.NewGuid(), StepKind.PrimaryCare, StepStatus.Accepted, Priority.Routine, net.GpId,
                Performer.Practitioner(net.GpId), null, now)],
        };
        var ids = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var (id, i) in ids.Select((id, i) => (id, i))) await gp.TrackAsync(Summary(id, JourneyStage.PrimaryCare, 3, i));
        var snapshotBefore = await ReadAsync<PractitionerState>("practitioner", gp.GetGrainId());

        await gp.TrackAsync(Summary(ids[0], JourneyStage.FollowUp, 4, 200));
        await gp.TrackAsync(Summary(ids[1], JourneyStage.Closed, 4, 201));

        var snapshot = await ReadAsync<PractitionerState>("practitioner", gp.GetGrainId());
        snapshot.Index.Journeys.Count.ShouldBe(snapshotBefore.Index.Journeys.Count, "a change of a large index is logged, not rewritten");
        snapshot.Index.Journeys[ids[0]].Stage.ShouldBe(JourneyStage.PrimaryCare);
        var log = await ReadAsync<MapLog<Guid, JourneySummary>>("practitioner-log", gp.GetGrainId());
        log.Changes.ShouldContain(c => c.Key == ids[0] && c.Value!.Version == 4);
        log.Changes.ShouldContain(c => c.Key == ids[1] && c.Removed);
        var ended = (await ReadAsync<JourneyHistoryState>("practitioner-history", gp.GetGrainId())).Index.Journeys[ids[1]];
        ended.Steps.ShouldBeEmpty("the history keeps no steps: nothing reads them");

        await gp.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(200);

        var listed = (await gp.GetJourneysAsync()).ToDictionary(j => j.JourneyId);
        listed.Count.ShouldBe(100);
        listed[ids[0]].Stage.ShouldBe(JourneyStage.FollowUp);
        listed[ids[1]].Stage.ShouldBe(JourneyStage.Closed);
        listed[ids[99]].Version.ShouldBe(3);
        (await gp.GetWorklistAsync()).Count.ShouldBe(99, "open steps of the open journeys, rebuilt from snapshot and log");
    }

    [Fact]
    public async Task Given_MoreEndedJourneysThanTheTerritoryKeeps_When_ALateSummaryOfARecentOneArrives_Then_ItStaysEndedAndTheOldestAreDropped()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var territory = fixture.Client.GetGrain<ITerritoryGrain>(net.TerritoryId);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        JourneySummary Summary(Guid id, JourneyStage stage, int version, int second) => new()
        {
            JourneyId = id, TerritoryId = net.TerritoryId, Stage = stage, Version = version, UpdatedAt = start.AddSeconds(second), CreatedAt = start,
        };
        var ids = Enumerable.Range(0, 11_002).Select(_ => Guid.NewGuid()).ToArray(); // kept (10,000) + batch (1,000) + 2
        foreach (var batch in ids.Select((id, i) => (id, i)).Chunk(500))
            await Task.WhenAll(batch.Select(x => territory.TrackAsync(Summary(x.id, JourneyStage.Closed, 5, x.i))));

        // The two most recent: a late summary of an older version must not bring them back.
        await territory.TrackAsync(Summary(ids[^2], JourneyStage.PrimaryCare, 4, 0));
        await territory.TrackAsync(Summary(ids[^1], JourneyStage.PrimaryCare, 4, 0));
        (await territory.GetActiveJourneysAsync(null)).ShouldBeEmpty();

        await territory.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(200);
        (await territory.GetActiveJourneysAsync(null)).ShouldBeEmpty();
        var stored = await ReadAsync<TerritoryEndedState>("territory-ended", territory.GetGrainId());
        var log = await ReadAsync<MapLog<Guid, Tombstone>>("territory-tombstones-log", territory.GetGrainId());
        var kept = new Dictionary<Guid, Tombstone>(stored.Tombstones);
        foreach (var change in log.Changes.Where(c => c.Seq > stored.LogSeq))
        {
            if (change.Removed) kept.Remove(change.Key);
            else kept[change.Key] = change.Value!;
        }
        kept.Count.ShouldBeInRange(10_000, 11_000);
        kept.ShouldNotContainKey(ids[0], "the oldest tombstones go first");
        kept.ShouldContainKey(ids[^1]);
    }

    private async Task<(CareNetwork Net, IJourneyGrain Journey, JourneySnapshot Closed)> ClosedAsync()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var journey = fixture.Client.GetGrain<IJourneyGrain>(Guid.NewGuid());
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.NonUrgent }, net.Gp);
        await journey.TakeChargeAsync(net.GpId, net.Gp);
        var closed = await journey.CloseAsync("Treated", net.Gp);
        return (net, journey, closed);
    }

    private IGrainStorage Storage =>
        ((InProcessSiloHandle)fixture.Cluster.Silos[0]).ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainServices.Storage);

    private async Task<T> ReadAsync<T>(string stateName, GrainId grain) where T : new()
    {
        var state = new GrainState<T>(new T());
        await Storage.ReadStateAsync(stateName, grain, state);
        return state.State!;
    }
}
