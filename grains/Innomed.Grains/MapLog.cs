namespace Innomed.Grains;

/// <summary>The changes a <see cref="LoggedMap{TKey,TValue}"/> made since its snapshot: a grain state of its own.</summary>
[GenerateSerializer, Alias("innomed.map-log`2")]
public sealed class MapLog<TKey, TValue> where TKey : notnull
{
    [Id(0)] public List<MapChange<TKey, TValue>> Changes { get; set; } = [];
}

/// <summary>One change: the key set to a value, or removed. <see cref="Seq"/> orders it against the snapshot.</summary>
[GenerateSerializer, Immutable, Alias("innomed.map-change`2")]
public sealed record MapChange<TKey, TValue>(
    [property: Id(0)] long Seq,
    [property: Id(1)] TKey Key,
    [property: Id(2)] TValue? Value,
    [property: Id(3)] bool Removed);
