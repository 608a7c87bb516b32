using System.Text.Json.Nodes;
using GraphQL;
using Innomed.Api.Transport;
using Innomed.Api.Transport.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innomed.Api.Schema.TeleExpertise;

/// <summary>
/// <c>GET /tele-expertise/statement.csv?practitionerId=…&amp;month=yyyy-MM</c>: the monthly statement
/// as a file, for a spreadsheet or an accountant. It runs the <c>teleExpertiseStatement</c> query
/// through the same executor as <c>/graphql</c>, so authentication, the access rule (oneself or an
/// admin), limits and the audit trail are the GraphQL field's, not a second copy of them.
/// Refusals answer with the GraphQL error document and the matching status (401, 403, 400...).
/// </summary>
public static class StatementCsvEndpoint
{
    public const string Path = "/tele-expertise/statement.csv";

    private const string Query =
        "query TeleExpertiseStatementCsv($p: ID!, $m: String!) { teleExpertiseStatement(practitionerId: $p, month: $m) { csv } }";

    public static IEndpointConventionBuilder MapTeleExpertiseStatementCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, HandleAsync).WithDisplayName("Tele-expertise statement (CSV)").ExcludeFromDescription();

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var practitionerId = http.Request.Query["practitionerId"].ToString();
        var month = http.Request.Query["month"].ToString();
        try
        {
            var context = await services.GetRequiredService<IGraphQLRequestContextFactory>().CreateForHttpAsync(http);
            var variables = new GraphQL.Inputs(new Dictionary<string, object?> { ["p"] = practitionerId, ["m"] = month });
            var result = await services.GetRequiredService<GraphQLOperationExecutor>().ExecuteAsync(
                new GraphQLRequestParams(Query, "TeleExpertiseStatementCsv", variables, null), context, services, null, http.RequestAborted);
            var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
            var document = JsonNode.Parse(serializer.Serialize(result))!;
            if (document["errors"] is JsonArray { Count: > 0 } errors)
            {
                http.Response.StatusCode = StatusFor(errors[0]?["extensions"]?["code"]?.GetValue<string>());
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync(document.ToJsonString(), http.RequestAborted);
                return;
            }
            var csv = document["data"]!["teleExpertiseStatement"]!["csv"]!.GetValue<string>();
            http.Response.ContentType = "text/csv; charset=utf-8; header=present";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"tele-expertise-{SafeName(practitionerId)}-{SafeName(month)}.csv\"";
            http.Response.Headers.CacheControl = "no-store";
            await http.Response.WriteAsync(csv, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left.
        }
        catch (Exception ex) when (!http.Response.HasStarted)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StatementCsvEndpoint))
                .LogError(ex, "Tele-expertise statement download failed");
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync("""{"errors":[{"message":"Internal server error.","extensions":{"code":"INTERNAL"}}]}""");
        }
    }

    private static int StatusFor(string? code) => code switch
    {
        "UNAUTHENTICATED" => StatusCodes.Status401Unauthorized,
        "FORBIDDEN" => StatusCodes.Status403Forbidden,
        "NOT_FOUND" => StatusCodes.Status404NotFound,
        "RATE_LIMITED" => StatusCodes.Status429TooManyRequests,
        "INTERNAL" => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status400BadRequest, // BAD_USER_INPUT, a missing argument, a limit
    };

    /// <summary>Ids and months are short and plain; anything else is dropped from the file name.</summary>
    private static string SafeName(string value) =>
        new(value.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(64).ToArray());
}
