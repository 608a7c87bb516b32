using System.Diagnostics.Metrics;

namespace Innomed.Api.Transport.WebSockets;

/// <summary>
/// Live subscriptions of this gateway node: a subscription counts once its event stream is
/// attached (from then on no event is missed) until it stops. Exported as the metric
/// <c>innomed.graphql.subscriptions.active</c>; tests read <see cref="Active"/> to know a
/// subscription is listening before they make the change it should see.
/// </summary>
public sealed class SubscriptionGauge : IDisposable
{
    public const string MeterName = "Innomed.Gateway";
    private readonly Meter _meter;
    private long _active;

    public SubscriptionGauge(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge("innomed.graphql.subscriptions.active", () => Active, "{subscription}",
            "Live GraphQL subscriptions on this gateway node.");
    }

    public long Active => Interlocked.Read(ref _active);

    internal void Started() => Interlocked.Increment(ref _active);

    internal void Stopped() => Interlocked.Decrement(ref _active);

    public void Dispose() => _meter.Dispose();
}
