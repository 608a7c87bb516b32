using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>
/// With production reminder settings the first deadline check is due at the due-by, so what the
/// reminder table holds is the escalation time. One silo of its own: the shared cluster checks
/// every second on a fake clock and cannot show when production would escalate.
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
    public async Task Given_NonUrgentJourney_When_Triaged_Then_TheDeadlineReminderIsDueAtTheDueBy()
    {
        var journey = await AwaitingAsync(TriageLevel.NonUrgent);

        var startAt = await ReminderStartAsync(journey);

        startAt.ShouldBe(DateTime.UtcNow.AddHours(48), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Given_NonUrgentJourneyAwaiting_When_RetriagedUrgent_Then_TheDeadlineReminderMovesToTheNewDueBy()
    {
        var journey = await AwaitingAsync(TriageLevel.NonUrgent);

        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.Urgent }, Actor.System);

        var startAt = await ReminderStartAsync(journey);
        startAt.ShouldBeLessThanOrEqualTo(DateTime.UtcNow.AddHours(2).AddMinutes(1),
            "an Urgent journey must be escalated 2 h after its re-triage, not at the NonUrgent due-by");
    }

    private async Task<IJourneyGrain> AwaitingAsync(TriageLevel level)
    {
        var net = await CareNetwork.RegisterAsync(_cluster.Client);
        var journey = _cluster.Client.GetGrain<IJourneyGrain>(Guid.NewGuid());
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = level }, net.Gp);
        return journey;
    }

    private async Task<DateTime> ReminderStartAsync(IJourneyGrain journey)
    {
        var table = ((InProcessSiloHandle)_cluster.Silos[0]).ServiceProvider.GetRequiredService<IReminderTable>();
        ReminderEntry? row = await table.ReadRow(journey.GetGrainId(), "deadline");
        row.ShouldNotBeNull("an awaiting journey holds a deadline reminder");
        return row!.StartAt;
    }
}
