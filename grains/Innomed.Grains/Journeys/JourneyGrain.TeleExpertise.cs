using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.TeleExpertise;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Innomed.Grains.Journeys;

/// <summary>
/// Tele-expertise on the journey grain: the commands, the escalation when a due-by passes (watched
/// like the triage deadline, durable), the yearly-cap claim and the statement feed.
/// </summary>
public sealed partial class JourneyGrain : IJourneyTeleExpertise
{
    // Resolved here rather than in the constructor so the journey's own wiring stays untouched.
    private TeleExpertiseOptions TeleExpertiseSettings =>
        ServiceProvider.GetRequiredService<IOptions<TeleExpertiseOptions>>().Value;

    public async Task<StepOutcome> RequestTeleExpertiseAsync(TeleExpertiseRequest request, Actor actor)
    {
        EnsureStarted();
        if (string.IsNullOrWhiteSpace(request.ExpertId) || request.ExpertId.Length > 64)
            throw new InvalidInputException("expertId", "An expert id of at most 64 characters is required.");
        var expert = await GrainFactory.Get<IPractitionerGrain>(request.ExpertId).GetProfileAsync()
            ?? throw new NotFoundException("Practitioner", request.ExpertId);
        var delay = TeleExpertiseSettings.DelayFor(request.Priority);
        var journey = await RunAsync(w => w.RequestTeleExpertise(request, expert, delay, actor));
        return new StepOutcome(S.Events[^1].StepId!.Value, journey);
    }

    public async Task<StepOutcome> AnswerTeleExpertiseAsync(TeleExpertiseAnswer answer, Actor actor)
    {
        EnsureStarted();
        var now = _clock.GetUtcNow();
        // Every refusal before a billing place is claimed; the grain takes one call at a time, so
        // nothing changes the step between this check and the command.
        var step = new JourneyWorkflow(S, now).CheckTeleExpertiseAnswer(answer, actor);
        var settings = TeleExpertiseSettings;
        var expertId = step.Performer!.Id;
        var ledger = GrainFactory.Get<ITeleExpertiseLedgerGrain>(PatientKey.LedgerKey(S.Patient, S.Id, FrenchCalendar.Year(now)));
        var decision = await ledger.ClaimAsync(new TeleExpertiseClaim(step.Id, expertId, now));
        var acts = TeleExpertiseTariff.Acts(settings, expertId, step.RequesterId ?? "", decision);
        try
        {
            var journey = await RunAsync(w => w.AnswerTeleExpertise(answer, actor, acts));
            return new StepOutcome(answer.StepId, journey);
        }
        catch
        {
            await ReleaseClaimAsync(ledger, step.Id);
            throw;
        }
    }

    public async Task<StepOutcome> ConvertTeleExpertiseAsync(TeleExpertiseConversion conversion, Actor actor)
    {
        EnsureStarted();
        if (conversion.Performer is { } performer) await EnsurePerformerExistsAsync(performer);
        var journey = await RunAsync(w => w.ConvertTeleExpertise(conversion, actor));
        return new StepOutcome(conversion.StepId, journey);
    }

    private async Task OnTeleExpertiseDueAsync()
    {
        foreach (var stepId in JourneyWorkflow.DueTeleExpertise(S, _clock.GetUtcNow()))
        {
            var step = S.FindStep(stepId)!;
            var next = await FindNextExpertAsync(step);
            var delay = TeleExpertiseSettings.EscalationDelay ?? TeleExpertiseSettings.DelayFor(step.Priority);
            await RunAsync(w => w.EscalateTeleExpertise(stepId, next, delay)
                ?? throw new InvalidOperationException("The tele-expertise was no longer due."));
            _logger.LogInformation("Tele-expertise {StepId} of journey {JourneyId} passed its due-by: {Outcome}",
                stepId, this.GetPrimaryKey(), next is null ? "escalation failed" : "escalated");
        }
    }

    /// <summary>
    /// Another expert of the same specialty in the journey's territory, never one already asked nor
    /// the requester; the one with the fewest open tele-expertise requests, then by id (deterministic).
    /// </summary>
    private async Task<string?> FindNextExpertAsync(StepState step)
    {
        var te = step.TeleExpertise!;
        if (te.Specialty is null) return null;
        var excluded = new HashSet<string>(te.AskedExpertIds, StringComparer.Ordinal);
        if (step.RequesterId is { } requester) excluded.Add(requester);
        var members = await GrainFactory.Get<ITerritoryGrain>(S.TerritoryId).GetMembersAsync();
        var candidates = members.PractitionerIds.Where(id => !excluded.Contains(id)).ToArray();
        var profiles = await Task.WhenAll(candidates.Select(id => GrainFactory.Get<IPractitionerGrain>(id).GetProfileAsync()));
        var experts = profiles
            .Where(p => p is not null && p.Role is not PractitionerRole.Regulator
                && string.Equals(p.Specialty?.Trim(), te.Specialty, StringComparison.OrdinalIgnoreCase))
            .Select(p => p!.Id)
            .ToArray();
        if (experts.Length == 0) return null;
        var loads = await Task.WhenAll(experts.Select(async id =>
            (Id: id, Open: (await GrainFactory.Get<IPractitionerGrain>(id).GetWorklistAsync())
                .Count(w => w.Step.Kind == StepKind.TeleExpertise))));
        return loads.OrderBy(l => l.Open).ThenBy(l => l.Id, StringComparer.Ordinal).First().Id;
    }

    private async Task ReleaseClaimAsync(ITeleExpertiseLedgerGrain ledger, Guid stepId)
    {
        try
        {
            await ledger.ReleaseAsync(stepId);
        }
        catch (Exception ex)
        {
            // The claim stays: a retry of the same answer gets the same decision back.
            _logger.LogWarning(ex, "Could not release the tele-expertise claim of step {StepId}", stepId);
        }
    }

    /// <summary>Experts asked before an escalation keep getting summaries, so the request leaves their worklist.</summary>
    private IEnumerable<string> TeleExpertiseParticipants() =>
        S.Steps.Where(s => s.TeleExpertise is not null).SelectMany(s => s.TeleExpertise!.AskedExpertIds);

    /// <summary>
    /// Statement lines of the answers recorded since the last acknowledged index version: delivered
    /// with the index updates, so a failure is retried the same way and redelivery is harmless.
    /// </summary>
    private IEnumerable<Task> StatementTargets()
    {
        foreach (var step in S.Steps)
        {
            if (step.TeleExpertise is not { Outcome: TeleExpertiseOutcome.Answered, AnsweredAt: { } at } te
                || te.AnsweredVersion <= S.IndexedVersion) continue;
            var month = FrenchCalendar.Month(at);
            foreach (var act in te.Acts)
            {
                var line = new StatementLine
                {
                    RequestId = step.Id, JourneyId = S.Id, AnsweredAt = at, Role = act.Role, Code = act.Code, Amount = act.Amount,
                    Billable = act.Billable, NotBillableReason = act.NotBillableReason,
                    CounterpartId = act.Role == BillingRole.Expert ? step.RequesterId : te.AnsweredBy,
                };
                yield return GrainFactory.Get<ITeleExpertiseStatementGrain>(TeleExpertiseKeys.Statement(act.PractitionerId, month))
                    .RecordAsync(line);
            }
        }
    }
}
