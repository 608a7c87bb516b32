using Innomed.Grains.Conversations;
using Innomed.Grains.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Innomed.Grains;

/// <summary>Registers what the grains need from their host.</summary>
public static class GrainServices
{
    /// <summary>Keyed service name of the domain clock, so tests can fake time without slowing Orleans' own timers.</summary>
    public const string ClockKey = "innomed-clock";

    /// <summary>Grain state storage provider name.</summary>
    public const string Storage = "innomed";

    public static IServiceCollection AddInnomedGrains(this IServiceCollection services, TimeProvider? clock = null)
    {
        services.TryAddKeyedSingleton(ClockKey, clock ?? TimeProvider.System);
        services.TryAddSingleton<ILiveEventPublisher, NullLiveEventPublisher>();
        services.TryAddSingleton<IConversationPublisher, NullConversationPublisher>();
        services.AddOptions<JourneyOptions>();
        services.AddOptions<Epidemiology.EpidemiologyOptions>();
        services.AddOptions<Capacity.CapacityHistoryOptions>();
        services.TryAddSingleton<Capacity.CapacityHistoryWriter>();
        return services;
    }
}
