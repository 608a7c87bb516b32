namespace Innomed.Api.Transport.Http;

/// <summary>The response media type chosen from the request's Accept header.</summary>
internal enum ResponseMediaType
{
    NotAcceptable,
    GraphQLResponseJson,
    Json,
}
