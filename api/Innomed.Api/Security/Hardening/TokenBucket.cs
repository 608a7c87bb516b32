namespace Innomed.Api.Security.Hardening;

/// <summary>
/// A lock-guarded token bucket refilled from elapsed time when asked, so it needs no timer and can
/// simply be dropped with its owner (one per WebSocket connection).
/// </summary>
public sealed class TokenBucket
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly double _perSecond;
    private double _tokens;
    private long _stamp;

    public TokenBucket(int capacity, double perSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(perSecond);
        _capacity = capacity;
        _perSecond = perSecond;
        _time = time;
        _tokens = capacity;
        _stamp = time.GetTimestamp();
    }

    /// <summary>Takes one token; false when the bucket is empty.</summary>
    public bool TryTake()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + (_time.GetElapsedTime(_stamp, now).TotalSeconds * _perSecond));
            _stamp = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }
}
