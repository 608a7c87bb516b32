using Innomed.Api.Transport.Execution;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Transport.Http;

/// <summary>Either the request parameters or why the request was refused (status and message).</summary>
internal readonly record struct HttpReadResult(GraphQLRequestParams? Request, int StatusCode, string? Error)
{
    public static HttpReadResult Ok(GraphQLRequestParams request) => new(request, StatusCodes.Status200OK, null);

    public static HttpReadResult BadRequest(string error) => new(null, StatusCodes.Status400BadRequest, error);

    public static HttpReadResult TooLarge(long limit) =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"Request body larger than {limit} bytes.");
}
