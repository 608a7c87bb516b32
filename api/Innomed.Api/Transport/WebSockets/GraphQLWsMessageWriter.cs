using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace Innomed.Api.Transport.WebSockets;

/// <summary>
/// Builds outgoing frames as UTF-8 bytes. The execution result is serialised on its own and spliced
/// into the envelope, so one serialised payload can later be shared by many sockets (only "id" differs).
/// </summary>
internal sealed class GraphQLWsMessageWriter
{
    private static readonly byte[] AckFrame = """{"type":"connection_ack"}"""u8.ToArray();
    private static readonly byte[] PongFrame = """{"type":"pong"}"""u8.ToArray();
    private readonly IGraphQLTextSerializer _serializer;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ExecutionResult, byte[]>.CreateValueCallback _serialize; // one delegate, not one per frame

    // A result shared by many subscriptions (SharedEventExecutionStrategy) is serialised once; only "id" differs per socket.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ExecutionResult, byte[]> Serialised = new();

    public GraphQLWsMessageWriter(IGraphQLTextSerializer serializer)
    {
        _serializer = serializer;
        _serialize = SerializeResult;
    }

    public static byte[] ConnectionAck() => AckFrame;

    public static byte[] Pong(JsonElement? payload) =>
        payload is { } p ? Envelope("pong", null, writer => p.WriteTo(writer)) : PongFrame;

    public static byte[] Complete(string id) => Envelope("complete", id, null);

    /// <summary>
    /// The result as the registered GraphQL serializer writes it (error hiding included). Goes through a
    /// string because GraphQLSerializer keeps its JsonSerializerOptions protected.
    /// </summary>
    public byte[] SerializeResult(ExecutionResult result) => Encoding.UTF8.GetBytes(_serializer.Serialize(result));

    public OutgoingFrame Next(GraphQLWsOperation operation, ExecutionResult result) =>
        Next(operation.NextPrefix ??= NextPrefix(operation.Id), Serialised.GetValue(result, _serialize));

    /// <summary>
    /// <c>{"id":…,"type":"next","payload":</c> for one operation, built once: a frame is then this,
    /// the shared payload and a closing brace, in one pooled array (a change to thousands of
    /// subscribers builds thousands of frames).
    /// </summary>
    public static byte[] NextPrefix(string id)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, id);
            writer.WriteString("type"u8, "next"u8);
            writer.WritePropertyName("payload"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static OutgoingFrame Next(byte[] prefix, byte[] serializedResult)
    {
        var frame = OutgoingFrame.Rent(prefix.Length + serializedResult.Length + 1);
        prefix.CopyTo(frame.Buffer, 0);
        serializedResult.CopyTo(frame.Buffer, prefix.Length);
        frame.Buffer[frame.Length - 1] = (byte)'}';
        return frame;
    }

    /// <summary>An <c>error</c> frame: its payload is the "errors" array of the serialised result.</summary>
    public byte[] Error(string id, ExecutionResult result)
    {
        using var document = JsonDocument.Parse(SerializeResult(result));
        var errors = document.RootElement.TryGetProperty("errors", out var e) ? e : default;
        return Envelope("error", id, writer =>
        {
            if (errors.ValueKind == JsonValueKind.Array)
            {
                errors.WriteTo(writer);
            }
            else
            {
                writer.WriteStartArray();
                writer.WriteEndArray();
            }
        });
    }

    private static byte[] Envelope(string type, string? id, Action<Utf8JsonWriter>? writePayload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id"u8, id);
            }

            writer.WriteString("type"u8, type);
            if (writePayload is not null)
            {
                writer.WritePropertyName("payload"u8);
                writePayload(writer);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
