using System.Text.Json;
using GraphQL;
using Innomed.Api.Transport.Execution;

namespace Innomed.Api.Transport.WebSockets;

/// <summary>Validates client messages with the rules (and wording) of graphql-ws <c>validateMessage</c>.</summary>
internal static class GraphQLWsMessageParser
{
    public static bool TryParse(ReadOnlyMemory<byte> utf8, IGraphQLSerializer serializer, out GraphQLWsIncomingMessage message, out string error)
    {
        message = default;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            error = "Invalid message received: not JSON";
            return false;
        }

        using (document)
        {
            try
            {
                error = Validate(document.RootElement, serializer, ref message) ?? string.Empty;
            }
            catch (Exception exception) when (exception is InvalidOperationException or JsonException or FormatException)
            {
                // A string holding invalid UTF-8 or an unpaired surrogate escape fails only when read:
                // the client's fault (4400), not an internal error (4500).
                message = default;
                error = "Invalid message received: a string is not valid Unicode";
            }

            return error.Length == 0;
        }
    }

    private static string? Validate(JsonElement root, IGraphQLSerializer serializer, ref GraphQLWsIncomingMessage message)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"Message is expected to be an object, but got {Describe(root)}";
        }

        if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind is JsonValueKind.Null)
        {
            return "Message is missing the 'type' property";
        }

        if (typeElement.ValueKind != JsonValueKind.String)
        {
            return $"Message is expects the 'type' property to be a string, but got {Describe(typeElement)}";
        }

        var type = typeElement.GetString()!;
        var payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p : (JsonElement?)null;
        switch (type)
        {
            case "connection_init" or "ping" or "pong":
                if (payload is { ValueKind: not JsonValueKind.Object })
                {
                    return $"\"{type}\" message expects the 'payload' property to be an object or nullish or missing";
                }

                message = new GraphQLWsIncomingMessage(type, null, payload?.Clone(), null);
                return null;

            case "subscribe":
                return ValidateSubscribe(root, payload, serializer, ref message);

            case "complete":
                if (ReadId(root, type, out var id) is { } idError)
                {
                    return idError;
                }

                message = new GraphQLWsIncomingMessage(type, id, null, null);
                return null;

            case "connection_ack" or "next" or "error":
                return $"Unexpected message of type {type} received";

            default:
                return $"Invalid message 'type' property \"{type}\"";
        }
    }

    private static string? ValidateSubscribe(JsonElement root, JsonElement? payload, IGraphQLSerializer serializer, ref GraphQLWsIncomingMessage message)
    {
        if (ReadId(root, "subscribe", out var id) is { } idError)
        {
            return idError;
        }

        if (payload is not { ValueKind: JsonValueKind.Object } body)
        {
            return "\"subscribe\" message expects the 'payload' property to be an object";
        }

        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return "\"subscribe\" message payload expects the 'query' property to be a string";
        }

        string? operationName = null;
        if (body.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return "\"subscribe\" message payload expects the 'operationName' property to be a string or nullish or missing";
            }

            operationName = name.GetString();
        }

        if (!TryReadMap(body, "variables", serializer, out var variables))
        {
            return "\"subscribe\" message payload expects the 'variables' property to be a an object or nullish or missing";
        }

        if (!TryReadMap(body, "extensions", serializer, out var extensions))
        {
            return "\"subscribe\" message payload expects the 'extensions' property to be a an object or nullish or missing";
        }

        message = new GraphQLWsIncomingMessage("subscribe", id, null, new GraphQLRequestParams(query.GetString()!, operationName, variables, extensions));
        return null;
    }

    private static string? ReadId(JsonElement root, string type, out string id)
    {
        id = string.Empty;
        if (!root.TryGetProperty("id", out var element) || element.ValueKind != JsonValueKind.String)
        {
            return $"\"{type}\" message expects the 'id' property to be a string";
        }

        id = element.GetString()!;
        return id.Length == 0 ? $"\"{type}\" message requires a non-empty 'id' property" : null;
    }

    private static bool TryReadMap(JsonElement body, string member, IGraphQLSerializer serializer, out Inputs? map)
    {
        map = null;
        if (!body.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        map = serializer.ReadNode<Inputs>(value);
        return true;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "object",
    };
}
