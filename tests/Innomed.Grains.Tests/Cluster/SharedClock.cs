using Microsoft.Extensions.Time.Testing;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>
/// The domain clock of every silo in the test cluster. TestCluster builds each silo from a
/// configurator type it instantiates itself, so a fixture instance cannot be handed to it; the
/// silos run in this process, so one static instance is what both the silos' grains and the
/// tests see. Only domain time is fake (it is registered under <see cref="GrainServices.ClockKey"/>);
/// Orleans keeps real time for its timers, reminders and membership.
/// </summary>
internal static class SharedClock
{
    public static readonly FakeTimeProvider Instance = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
}
