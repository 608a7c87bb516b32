using Innomed.Grains.Live;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Innomed.Grains.Tests.Cluster;

public sealed class SiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddInnomedMemoryStorage();
        siloBuilder.UseInMemoryReminderService();
        var services = siloBuilder.Services;
        // Registered before AddInnomedGrains, whose TryAdd then keeps it.
        services.AddSingleton<ILiveEventPublisher>(RecordingLiveEventPublisher.Instance);
        services.AddSingleton<Innomed.Grains.Capacity.ICapacityHistoryStore>(TestCapacityHistoryStore.Instance);
        services.AddSingleton<Innomed.Grains.Conversations.IConversationPublisher>(RecordingConversationPublisher.Instance);
        services.AddInnomedGrains(SharedClock.Instance);
        services.Configure<Innomed.Grains.Capacity.CapacityHistoryOptions>(o => o.RetryDelay = TimeSpan.FromMilliseconds(100));
        services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        services.Configure<JourneyOptions>(o =>
        {
            o.DeadlineCheckPeriod = TimeSpan.FromSeconds(1);
            // Reminders count real time while deadlines are on the fake domain clock: check every period.
            o.FirstCheckAtDueTime = false;
            o.IndexRetryDelay = TimeSpan.FromMilliseconds(200);
        });
    }
}
