using Innomed.Grains.Journeys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Innomed.Grains.Deadlines;

/// <summary>
/// A share of a territory's pending deadlines. Journeys add theirs before they store the change
/// that sets them (a spurious entry is harmless: the journey answers "nothing pending" and the
/// entry goes; a missing one would lose an escalation). A durable reminder sweeps every period,
/// so deadlines survive restarts; in production a timer also wakes the watch at the earliest due
/// time while it is active, so escalations are on time rather than up to a period late.
/// </summary>
public sealed class DeadlineWatchGrain(
    [PersistentState("deadline-watch", GrainServices.Storage)] IPersistentState<DeadlineWatchState> state,
    [FromKeyedServices(GrainServices.ClockKey)] TimeProvider clock,
    IOptions<JourneyOptions> options,
    ILogger<DeadlineWatchGrain> logger)
    : Grain, IDeadlineWatchGrain, IRemindable
{
    private const string SweepReminder = "sweep";
    /// <summary>Journeys checked at once: enough to drain a backlog quickly without flooding the silo.</summary>
    private const int Parallelism = 32;

    private readonly JourneyOptions _options = options.Value;
    private GroupCommit? _commit;
    private Task? _reminder;
    private IGrainTimer? _wake;
    private DateTimeOffset? _wakeAt;

    private GroupCommit Commit => _commit ??= new GroupCommit(() => state.WriteStateAsync());
    private Dictionary<(Guid JourneyId, DeadlineKind Kind), DateTimeOffset> Due => state.State.Due;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ArmWake();
        return Task.CompletedTask;
    }

    public async Task WatchAsync(WatchedDeadline deadline)
    {
        var key = (deadline.JourneyId, deadline.Kind);
        if (Due.TryGetValue(key, out var known) && known == deadline.DueAt)
        {
            await Commit.FlushAsync(); // a redelivery must not be acknowledged while unstored
        }
        else
        {
            Due[key] = deadline.DueAt;
            await Commit.CommitAsync();
        }
        // Once per activation; the reminder is kept for the watch's life (it only sweeps when something is due).
        var registering = _reminder ??= RegisterSweepAsync();
        try
        {
            await registering;
        }
        catch
        {
            if (_reminder == registering) _reminder = null; // the next watch tries again
            throw;
        }
        ArmWake();
    }

    public async Task ForgetAsync(Guid journeyId, DeadlineKind kind)
    {
        if (Due.Remove((journeyId, kind))) await Commit.CommitAsync();
        else await Commit.FlushAsync();
    }

    public Task<IReadOnlyList<WatchedDeadline>> GetAsync() =>
        Task.FromResult<IReadOnlyList<WatchedDeadline>>(Due
            .Select(e => new WatchedDeadline(e.Key.JourneyId, e.Key.Kind, e.Value))
            .OrderBy(d => d.DueAt).ThenBy(d => d.JourneyId).ToArray());

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == SweepReminder ? SweepAsync() : Task.CompletedTask;

    public async Task SweepAsync()
    {
        var now = clock.GetUtcNow();
        var due = Due.Where(e => e.Value <= now).Select(e => (e.Key, Seen: e.Value)).ToArray();
        var changed = false;
        foreach (var batch in due.Chunk(Parallelism))
        {
            var answers = await Task.WhenAll(batch.Select(d => CheckAsync(d.Key)));
            for (var i = 0; i < batch.Length; i++)
            {
                var (key, seen) = batch[i];
                // The journey may have moved or dropped its deadline meanwhile (its calls interleave): theirs wins.
                var (ok, next) = answers[i];
                if (!ok || !Due.TryGetValue(key, out var current) || current != seen) continue;
                if (next is null) changed |= Due.Remove(key);
                else if (next > seen) { Due[key] = next.Value; changed = true; }
            }
        }
        if (changed || Commit.Pending) await Commit.CommitAsync();
        ArmWake();
    }

    /// <summary>Not ok when the journey could not be asked: the entry stays and the next sweep asks again.</summary>
    private async Task<(bool Ok, DateTimeOffset? Next)> CheckAsync((Guid JourneyId, DeadlineKind Kind) key)
    {
        try
        {
            var next = await GrainFactory.Get<IJourneyGrain>(key.JourneyId).CheckDeadlineAsync(key.Kind);
            return (true, next);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Checking the {Kind} deadline of journey {JourneyId} failed; retried next sweep", key.Kind, key.JourneyId);
            return (false, null);
        }
    }

    private Task RegisterSweepAsync() =>
        this.RegisterOrUpdateReminder(SweepReminder, _options.DeadlineCheckPeriod, _options.DeadlineCheckPeriod);

    /// <summary>
    /// Production only (deadlines on the real clock): a timer to the earliest due time. Tests on a
    /// fake domain clock rely on the reminder's period instead.
    /// </summary>
    private void ArmWake()
    {
        if (!_options.FirstCheckAtDueTime || Due.Count == 0) return;
        var earliest = Due.Values.Min();
        if (_wake is not null && _wakeAt <= earliest) return;
        _wake?.Dispose();
        _wakeAt = earliest;
        // Capped: a far deadline re-arms after a day instead of relying on a timer weeks long.
        var delay = TimeSpan.FromTicks(Math.Min((earliest - clock.GetUtcNow()).Ticks, TimeSpan.FromDays(1).Ticks));
        _wake = this.RegisterGrainTimer(async () =>
        {
            _wake?.Dispose();
            _wake = null;
            _wakeAt = null;
            await SweepAsync();
        }, new GrainTimerCreationOptions(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }
}
