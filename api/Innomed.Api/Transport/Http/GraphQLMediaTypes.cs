using Microsoft.Extensions.Primitives;

namespace Innomed.Api.Transport.Http;

/// <summary>Content negotiation as the graphql-http reference server (1.23) does it.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
    public const string AcceptableList = "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8";

    /// <summary>
    /// First acceptable entry wins, q-weights ignored like the reference. A missing Accept, <c>*/*</c> and
    /// <c>application/*</c> mean application/json: the spec keeps that default until clients have moved
    /// (its "watershed"), and the graphql-http audits expect it.
    /// </summary>
    public static ResponseMediaType Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return ResponseMediaType.Json;
        }

        foreach (var header in accept)
        {
            foreach (var range in (header ?? string.Empty).Split(','))
            {
                var parts = range.Split(';');
                var mediaType = parts[0].Trim();
                if (!HasUtf8Charset(parts))
                {
                    continue;
                }

                if (mediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase))
                {
                    return ResponseMediaType.GraphQLResponseJson;
                }

                if (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                    || mediaType.Equals("application/*", StringComparison.Ordinal)
                    || mediaType.Equals("*/*", StringComparison.Ordinal))
                {
                    return ResponseMediaType.Json;
                }
            }
        }

        return ResponseMediaType.NotAcceptable;
    }

    /// <summary>POST bodies must be application/json in UTF-8 (charset absent means UTF-8).</summary>
    public static bool IsJsonRequest(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var parts = contentType.Split(';');
        return parts[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase) && HasUtf8Charset(parts);
    }

    public static bool AcceptsHtml(StringValues accept)
    {
        foreach (var header in accept)
        {
            if (header is not null && header.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUtf8Charset(string[] parts)
    {
        for (var i = 1; i < parts.Length; i++)
        {
            var parameter = parts[i].Trim();
            if (parameter.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                var charset = parameter["charset=".Length..].Trim().Trim('"');
                return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                    || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
            }
        }

        return true;
    }
}
