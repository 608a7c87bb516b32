using Innomed.Grains.Directory;
using Innomed.Grains.Labs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Innomed.Grains.Journeys;

/// <summary>
/// Labs on the journey grain: orders, results, alerts, and the escalation of an unacknowledged
/// critical result to the territory's on-call GP (watched like the triage deadline, durable).
/// </summary>
public sealed partial class JourneyGrain : IJourneyLabs
{
    private LabOptions LabSettings => ServiceProvider.GetRequiredService<IOptions<LabOptions>>().Value;

    public async Task<StepOutcome> OrderLabsAsync(LabOrderRequest order, Actor actor)
    {
        EnsureStarted();
        await EnsurePerformerExistsAsync(Performer.Unit(order.UnitId));
        var journey = await RunAsync(w => w.OrderLabs(order, actor));
        return new StepOutcome(S.Events[^1].StepId!.Value, journey);
    }

    public async Task<StepOutcome> PostResultsAsync(LabResultsPosting posting, Actor actor)
    {
        EnsureStarted();
        var delay = LabSettings.AlertEscalationDelay;
        var journey = await RunAsync(w => w.PostResults(posting, actor, delay));
        if (S.Events[^1].Type == JourneyEventType.CriticalResultAlert)
            _logger.LogInformation("Critical result alert on journey {JourneyId}", this.GetPrimaryKey()); // ids only
        return new StepOutcome(posting.StepId, journey);
    }

    public Task<JourneySnapshot> AcknowledgeAlertAsync(Guid alertId, Actor actor) =>
        RunAsync(w => w.AcknowledgeAlert(alertId, actor));

    private async Task OnAlertsDueAsync()
    {
        var due = JourneyWorkflow.AlertsDue(S, _clock.GetUtcNow());
        if (due.Count == 0) return;
        var territory = await GrainFactory.Get<ITerritoryGrain>(S.TerritoryId).GetProfileAsync();
        var onCall = territory?.OnCallPractitionerId;
        foreach (var alertId in due)
        {
            await RunAsync(w => w.EscalateAlert(alertId, onCall)
                ?? throw new InvalidOperationException("The alert was no longer due."));
            _logger.LogWarning("Critical result alert of journey {JourneyId} escalated ({Outcome})",
                this.GetPrimaryKey(), onCall is null ? "no on-call GP configured" : "to the on-call GP");
        }
    }

    /// <summary>The on-call GPs open alerts went to: their alert lists come from the index too.</summary>
    private IEnumerable<string> AlertRecipients() =>
        S.Alerts.Where(a => a.EscalatedTo is not null).Select(a => a.EscalatedTo!);
}
