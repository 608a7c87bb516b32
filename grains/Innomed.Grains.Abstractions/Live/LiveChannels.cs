namespace Innomed.Grains.Live;

/// <summary>Redis pub/sub channel names shared by publishers (silos) and gateways.</summary>
public static class LiveChannels
{
    public const string Journeys = "innomed:live:journeys";
    public const string Capacity = "innomed:live:capacity";
    public const string Epidemiology = "innomed:live:epidemiology";
}
