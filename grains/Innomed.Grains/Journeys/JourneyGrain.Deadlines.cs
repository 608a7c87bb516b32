using Innomed.Grains.Deadlines;
using Microsoft.Extensions.Logging;

namespace Innomed.Grains.Journeys;

/// <summary>
/// Deadlines on the journey grain: the triage due-by, tele-expertise due-bys and lab-alert
/// escalations are watched by the territory's deadline watches (<see cref="IDeadlineWatchGrain"/>),
/// which call <see cref="CheckDeadlineAsync"/> when one falls due.
/// </summary>
public sealed partial class JourneyGrain
{
    /// <summary>Reminder names of journeys stored before the watches: migrated when they tick.</summary>
    private static readonly Dictionary<string, DeadlineKind> LegacyReminders = new(StringComparer.Ordinal)
    {
        ["deadline"] = DeadlineKind.Triage,
        ["tele-expertise"] = DeadlineKind.TeleExpertise,
        ["lab-alerts"] = DeadlineKind.LabAlert,
    };

    public async Task<DateTimeOffset?> CheckDeadlineAsync(DeadlineKind kind)
    {
        if (!S.IsStarted) return null;
        if (NextDeadline(S, kind) is { } due && due <= _clock.GetUtcNow())
        {
            switch (kind)
            {
                case DeadlineKind.Triage: await OnTriageDueAsync(); break;
                case DeadlineKind.TeleExpertise: await OnTeleExpertiseDueAsync(); break;
                case DeadlineKind.LabAlert: await OnAlertsDueAsync(); break;
            }
        }
        return NextDeadline(S, kind);
    }

    /// <summary>A journey's one-per-deadline reminder from before the watches: hand the deadline to its watch, drop the reminder.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!LegacyReminders.TryGetValue(reminderName, out var kind)) return;
        if (S.IsStarted && NextDeadline(S, kind) is { } due)
            await Watch().WatchAsync(new WatchedDeadline(this.GetPrimaryKey(), kind, due));
        if (await this.GetReminder(reminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }

    /// <summary>When the journey next needs to act on its own for this kind of deadline; null when it waits on nothing.</summary>
    internal static DateTimeOffset? NextDeadline(JourneyState s, DeadlineKind kind) => kind switch
    {
        DeadlineKind.Triage => s.Stage == JourneyStage.AwaitingPrimaryCare && s.OverdueSince is null ? s.Triage?.DueBy : null,
        DeadlineKind.TeleExpertise => JourneyWorkflow.NextTeleExpertiseDue(s),
        DeadlineKind.LabAlert => JourneyWorkflow.NextAlertEscalation(s),
        _ => null,
    };

    private static readonly DeadlineKind[] Kinds = Enum.GetValues<DeadlineKind>();

    private IDeadlineWatchGrain Watch() =>
        GrainFactory.Get<IDeadlineWatchGrain>(DeadlineWatches.KeyFor(S.TerritoryId, this.GetPrimaryKey()));

    /// <summary>Before the write: a deadline set or moved by the command is watched before it is stored.</summary>
    private Task WatchMovedDeadlinesAsync(JourneyState before)
    {
        var moved = Kinds
            .Select(k => (Kind: k, Due: NextDeadline(S, k)))
            .Where(d => d.Due is not null && d.Due != NextDeadline(before, d.Kind))
            .ToArray();
        if (moved.Length == 0) return Task.CompletedTask;
        var watch = Watch();
        return Task.WhenAll(moved.Select(d => watch.WatchAsync(new WatchedDeadline(this.GetPrimaryKey(), d.Kind, d.Due!.Value))));
    }

    /// <summary>
    /// After the write: deadlines the command settled leave the watch. A failure is only logged:
    /// the watch asks the journey when the deadline falls due and drops it then.
    /// </summary>
    private async Task ForgetSettledDeadlinesAsync(JourneyState before)
    {
        var settled = Kinds.Where(k => NextDeadline(before, k) is not null && NextDeadline(S, k) is null).ToArray();
        if (settled.Length == 0) return;
        try
        {
            var watch = Watch();
            await Task.WhenAll(settled.Select(k => watch.ForgetAsync(this.GetPrimaryKey(), k)));
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Could not drop settled deadlines of journey {JourneyId}; the watch drops them when due", this.GetPrimaryKey());
        }
    }

    private async Task OnTriageDueAsync()
    {
        var workflow = new JourneyWorkflow(_copier.Copy(S), _clock.GetUtcNow());
        if (workflow.MarkOverdueIfDue() is null) return;
        await RunAsync(w => w.MarkOverdueIfDue()!);
        _logger.LogInformation("Journey {JourneyId} is overdue", this.GetPrimaryKey());
    }
}
