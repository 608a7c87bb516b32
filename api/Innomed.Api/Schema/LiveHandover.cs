using System.Threading.Channels;
using Innomed.Grains.Live;

namespace Innomed.Api.Schema;

/// <summary>
/// The hand-over shared by the live streams (<see cref="JourneyUpdates"/>, <see cref="JourneyFeed"/>):
/// while caught up ("live"), the feed's thread delivers each change itself under the gate; otherwise
/// (a gap, a resume after an outage, still replaying) changes wait in an inbox for the stream's own
/// loop, which reads what is missing and hands back to the feed once the inbox is empty. The gate
/// makes the two exclusive, so nothing is delivered twice or out of order.
/// </summary>
internal sealed class LiveHandover(bool live)
{
    private readonly Channel<JourneyChange?> _inbox = Channel.CreateUnbounded<JourneyChange?>(new UnboundedChannelOptions { SingleReader = true });
    private bool _live = live;

    /// <summary>Held while delivering, by whichever side delivers.</summary>
    public Lock Gate { get; } = new();

    /// <summary>On the feed's thread: <paramref name="tryLive"/> (under the gate) delivers or skips it and returns true, or returns false for a gap.</summary>
    public void OnChange(JourneyChange change, Func<JourneyChange, bool> tryLive)
    {
        lock (Gate)
        {
            if (_live)
            {
                if (tryLive(change)) return;
                _live = false; // a gap: the loop reads it back
            }
            _inbox.Writer.TryWrite(change);
        }
    }

    /// <summary>The feed may have missed changes: the loop catches up (its next item is null).</summary>
    public void OnResumed()
    {
        lock (Gate)
        {
            _live = false;
            _inbox.Writer.TryWrite(null);
        }
    }

    /// <summary>The loop's next item (a change, or null after a resume); with none, hands over to the feed and waits.</summary>
    public async ValueTask<(bool More, JourneyChange? Change)> NextAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            lock (Gate)
            {
                if (_inbox.Reader.TryRead(out var change)) return (true, change);
                _live = true;
            }
            if (!await _inbox.Reader.WaitToReadAsync(cancellation)) break;
        }
        return (false, null);
    }
}
