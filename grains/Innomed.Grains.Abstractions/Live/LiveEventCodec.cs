using System.Text.Json;
using System.Text.Json.Serialization;
using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;

namespace Innomed.Grains.Live;

/// <summary>
/// The wire format of live events between silos and gateways (JSON, enums by name), shared so
/// both sides of Redis agree. Contains patient data: Redis must sit on a private network.
/// </summary>
public static class LiveEventCodec
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Encode(JourneyChange change) => JsonSerializer.SerializeToUtf8Bytes(change, Options);
    public static byte[] Encode(TerritoryCapacity capacity) => JsonSerializer.SerializeToUtf8Bytes(capacity, Options);
    public static byte[] Encode(EpidemiologyUpdate update) => JsonSerializer.SerializeToUtf8Bytes(update, Options);
    public static EpidemiologyUpdate? DecodeEpidemiology(ReadOnlySpan<byte> bytes) => JsonSerializer.Deserialize<EpidemiologyUpdate>(bytes, Options);
    public static JourneyChange? DecodeJourney(ReadOnlySpan<byte> bytes) => JsonSerializer.Deserialize<JourneyChange>(bytes, Options);
    public static TerritoryCapacity? DecodeCapacity(ReadOnlySpan<byte> bytes) => JsonSerializer.Deserialize<TerritoryCapacity>(bytes, Options);
}
