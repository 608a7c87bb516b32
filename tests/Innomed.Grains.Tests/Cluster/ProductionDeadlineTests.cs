using Innomed.Grains.Deadlines;
using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;
using Innomed.Grains.Labs;
using Orleans.TestingHost;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>
/// Deadlines with production settings: what the territory's deadline watch holds is the
/// escalation time, and the watch wakes at that time rather than at its next 1-minute sweep.
/// One silo of its own: the shared cluster checks every second on a fake clock.
/// </summary>
[Trait("Category", "Grains")]
public sealed class ProductionDeadlineTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.AddSiloBuilderConfigurator<ProductionDeadlineSiloConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Given_NonUrgentJourney_When_Triaged_Then_ItsWatchHoldsTheDueBy()
    {
        var (journey, territory) = await AwaitingAsync(TriageLevel.NonUrgent);

        var watched = await WatchedAsync(territory, journey, DeadlineKind.Triage);

        watched.ShouldNotBeNull("an awaiting journey's due-by is watched");
        watched.DueAt.ShouldBe(DateTimeOffset.UtcNow.AddHours(48), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Given_NonUrgentJourneyAwaiting_When_RetriagedUrgent_Then_TheWatchedDeadlineMovesToTheNewDueBy()
    {
        var (journey, territory) = await AwaitingAsync(TriageLevel.NonUrgent);

        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.Urgent }, Actor.System);

        var watched = await WatchedAsync(territory, journey, DeadlineKind.Triage);
        watched.ShouldNotBeNull();
        watched.DueAt.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow.AddHours(2).AddMinutes(1),
            "an Urgent journey must be escalated 2 h after its re-triage, not at the NonUrgent due-by");
    }

    [Fact]
    public async Task Given_AnAwaitingJourney_When_AGpTakesCharge_Then_ItsDeadlineLeavesTheWatch()
    {
        var (journey, territory) = await AwaitingAsync(TriageLevel.Urgent);
        var gp = (await _cluster.Client.GetGrain<ITerritoryGrain>(territory).GetMembersAsync()).PractitionerIds.First(id => id.StartsWith("gp-"));

        await journey.TakeChargeAsync(gp, new Actor(gp, ActorRole.Gp));

        (await WatchedAsync(territory, journey, DeadlineKind.Triage)).ShouldBeNull();
    }

    [Fact]
    public async Task Given_AJourneyWithAPerJourneyReminderFromBefore_When_ItTicks_Then_TheDeadlineMovesToTheWatch()
    {
        var (journey, territory) = await AwaitingAsync(TriageLevel.SemiUrgent);
        var watch = _cluster.Client.GetGrain<IDeadlineWatchGrain>(DeadlineWatches.KeyFor(territory, journey.GetPrimaryKey()));
        await watch.ForgetAsync(journey.GetPrimaryKey(), DeadlineKind.Triage); // as stored before the watches existed

        await journey.AsReference<IRemindable>().ReceiveReminder("deadline", new TickStatus(DateTime.UtcNow, TimeSpan.FromMinutes(1), DateTime.UtcNow));

        var watched = await WatchedAsync(territory, journey, DeadlineKind.Triage);
        watched.ShouldNotBeNull("the legacy reminder hands its deadline to the watch");
        watched.DueAt.ShouldBe(DateTimeOffset.UtcNow.AddHours(24), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Given_ACriticalResultDueForEscalationInTwoSeconds_When_NobodyAcknowledges_Then_ItIsEscalatedOnTimeNotAtTheNextSweep()
    {
        var net = await CareNetwork.RegisterAsync(_cluster.Client);
        await _cluster.Client.GetGrain<ITerritoryGrain>(net.TerritoryId).SetOnCallAsync(net.OtherGpId);
        var id = Guid.NewGuid();
        var journey = _cluster.Client.GetGrain<IJourneyGrain>(id);
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.SemiUrgent }, net.Gp);
        await journey.TakeChargeAsync(net.GpId, net.Gp);
        var labs = _cluster.Client.GetGrain<IJourneyLabs>(id);
        var order = await labs.OrderLabsAsync(new LabOrderRequest { UnitId = net.UnitId, Tests = [new LabTest("2823-3", "Potassium")], ClinicalInformation = "Asthénie" }, net.Gp);
        await labs.PostResultsAsync(new LabResultsPosting
        {
            StepId = order.StepId,
            Results = [new LabResultEntry { Code = "2823-3", Label = "Potassium", Value = 7.1m, Unit = "mmol/L", CriticalLow = 2.8m, CriticalHigh = 6.2m }],
        }, net.UnitStaff);
        var posted = DateTimeOffset.UtcNow;

        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await journey.GetAsync())!.Alerts.SingleOrDefault()?.EscalatedTo is null)
        {
            DateTime.UtcNow.ShouldBeLessThan(until, "the alert was not escalated");
            await Task.Delay(100);
        }
        var escalatedAt = DateTimeOffset.UtcNow;

        (await journey.GetAsync())!.Alerts.Single().EscalatedTo.ShouldBe(net.OtherGpId);
        (escalatedAt - posted).ShouldBeLessThan(TimeSpan.FromSeconds(15), "the watch wakes at the due time; its sweep period is a minute");
        (await WatchedAsync(net.TerritoryId, journey, DeadlineKind.LabAlert)).ShouldBeNull("nothing is left to escalate");
    }

    private async Task<(IJourneyGrain Journey, string Territory)> AwaitingAsync(TriageLevel level)
    {
        var net = await CareNetwork.RegisterAsync(_cluster.Client);
        var journey = _cluster.Client.GetGrain<IJourneyGrain>(Guid.NewGuid());
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = level }, net.Gp);
        return (journey, net.TerritoryId);
    }

    private async Task<WatchedDeadline?> WatchedAsync(string territory, IJourneyGrain journey, DeadlineKind kind)
    {
        var watch = _cluster.Client.GetGrain<IDeadlineWatchGrain>(DeadlineWatches.KeyFor(territory, journey.GetPrimaryKey()));
        return (await watch.GetAsync()).SingleOrDefault(d => d.JourneyId == journey.GetPrimaryKey() && d.Kind == kind);
    }
}
