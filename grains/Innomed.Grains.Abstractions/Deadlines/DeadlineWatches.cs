namespace Innomed.Grains.Deadlines;

/// <summary>Which watch holds a journey's deadlines: a territory's journeys are spread over a fixed number of shards.</summary>
public static class DeadlineWatches
{
    /// <summary>Fixed for the life of a deployment: a journey's shard must not move between writes.</summary>
    public const int Shards = 16;

    public static string KeyFor(string territoryId, Guid journeyId) => $"{territoryId}/{ShardOf(journeyId)}";

    /// <summary>From the Guid's bytes, not <see cref="Guid.GetHashCode"/>, so it is the same in every process and version.</summary>
    public static int ShardOf(Guid journeyId)
    {
        Span<byte> bytes = stackalloc byte[16];
        journeyId.TryWriteBytes(bytes);
        return (int)(BitConverter.ToUInt32(bytes[12..]) % Shards);
    }
}
