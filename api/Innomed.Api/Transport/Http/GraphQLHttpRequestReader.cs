using System.Buffers;
using System.Text.Json;
using GraphQL;
using Innomed.Api.Transport.Execution;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Transport.Http;

/// <summary>Reads and type-checks {query, operationName, variables, extensions} from a GET URL or a JSON body.</summary>
internal static class GraphQLHttpRequestReader
{
    public static HttpReadResult ReadQueryString(IQueryCollection query, IGraphQLSerializer serializer)
    {
        string? queryText = query["query"];
        if (queryText is null)
        {
            return HttpReadResult.BadRequest("Missing query");
        }

        if (!TryParseUrlJson(query["variables"], "variables", serializer, out var variables, out var error)
            || !TryParseUrlJson(query["extensions"], "extensions", serializer, out var extensions, out error))
        {
            return HttpReadResult.BadRequest(error!);
        }

        string? operationName = query["operationName"];
        return HttpReadResult.Ok(new GraphQLRequestParams(queryText, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions));
    }

    public static async ValueTask<HttpReadResult> ReadJsonBodyAsync(
        HttpRequest request, long limit, IGraphQLSerializer serializer, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return HttpReadResult.TooLarge(limit);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        return HttpReadResult.TooLarge(limit);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    return HttpReadResult.TooLarge(limit);
                }
            }

            return length == 0 ? HttpReadResult.BadRequest("Missing body") : ParseBody(buffer.AsMemory(0, length), serializer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static HttpReadResult ParseBody(ReadOnlyMemory<byte> body, IGraphQLSerializer serializer)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return HttpReadResult.BadRequest("Unparsable JSON body");
        }

        using (document)
        {
            try
            {
                return ReadRequest(document.RootElement, serializer);
            }
            catch (Exception exception) when (exception is InvalidOperationException or JsonException or FormatException)
            {
                // JsonDocument checks structure only: a string holding invalid UTF-8 or an unpaired surrogate
                // escape ("\ud800") fails when read. That is the client's error (400), not ours (500).
                return HttpReadResult.BadRequest("Invalid JSON string (not valid Unicode)");
            }
        }
    }

    private static HttpReadResult ReadRequest(JsonElement root, IGraphQLSerializer serializer)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            // Batched requests (a JSON array) land here too, as with the graphql-http reference.
            return HttpReadResult.BadRequest("JSON body must be an object");
        }

        if (!root.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null)
        {
            return HttpReadResult.BadRequest("Missing query");
        }

        if (query.ValueKind != JsonValueKind.String)
        {
            return HttpReadResult.BadRequest("Invalid query");
        }

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return HttpReadResult.BadRequest("Invalid operationName");
            }

            operationName = name.GetString();
        }

        if (!TryReadMap(root, "variables", serializer, out var variables))
        {
            return HttpReadResult.BadRequest("Invalid variables");
        }

        if (!TryReadMap(root, "extensions", serializer, out var extensions))
        {
            return HttpReadResult.BadRequest("Invalid extensions");
        }

        return HttpReadResult.Ok(new GraphQLRequestParams(query.GetString()!, operationName, variables, extensions));
    }

    private static bool TryReadMap(JsonElement root, string member, IGraphQLSerializer serializer, out Inputs? map)
    {
        map = null;
        if (!root.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
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

    private static bool TryParseUrlJson(string? text, string member, IGraphQLSerializer serializer, out Inputs? map, out string? error)
    {
        map = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                map = serializer.ReadNode<Inputs>(document.RootElement);
                return true;
            }
        }
        catch (JsonException)
        {
        }

        error = $"Invalid {member}";
        return false;
    }
}
