using System.Text.Json;
using System.Text.Json.Serialization;

namespace Innomed.Grains.Conversations;

/// <summary>
/// The Redis channel and wire format (JSON, enums by name) of conversation changes, shared by silos
/// and gateways. Contains message text: Redis must sit on a private network, like the journey feed.
/// </summary>
public static class ConversationLive
{
    public const string Channel = "innomed:live:conversations";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Encode(ConversationChange change) => JsonSerializer.SerializeToUtf8Bytes(change, Options);

    public static ConversationChange? Decode(ReadOnlySpan<byte> bytes) => JsonSerializer.Deserialize<ConversationChange>(bytes, Options);
}
