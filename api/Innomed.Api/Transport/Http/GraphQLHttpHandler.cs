using GraphQL;
using GraphQL.Execution;
using Innomed.Api.Transport.Execution;
using Innomed.Api.Transport.Ide;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Transport.Http;

/// <summary>GraphQL over HTTP, following the graphql-http reference server for every status code.</summary>
internal sealed class GraphQLHttpHandler
{
    private readonly GraphQLOperationExecutor _executor;
    private readonly IGraphQLRequestContextFactory _contextFactory;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly GraphiQLPage _ide;
    private readonly GraphQLTransportOptions _options;
    private readonly ILogger<GraphQLHttpHandler> _logger;

    public GraphQLHttpHandler(
        GraphQLOperationExecutor executor,
        IGraphQLRequestContextFactory contextFactory,
        IGraphQLTextSerializer serializer,
        GraphiQLPage ide,
        IOptions<GraphQLTransportOptions> options,
        ILogger<GraphQLHttpHandler> logger)
    {
        _executor = executor;
        _contextFactory = contextFactory;
        _serializer = serializer;
        _ide = ide;
        _options = options.Value;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext http, string idePath)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var isPost = HttpMethods.IsPost(request.Method);

        if (isGet && _options.EnableIde && !request.Query.ContainsKey("query") && GraphQLMediaTypes.AcceptsHtml(request.Headers.Accept))
        {
            await _ide.WriteIndexAsync(http, idePath);
            return;
        }

        if (!(isPost || (isGet && _options.EnableGet)))
        {
            http.Response.Headers.Allow = _options.EnableGet ? "GET, POST" : "POST";
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json, "Method not allowed.");
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType == ResponseMediaType.NotAcceptable)
        {
            http.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            http.Response.Headers.Accept = GraphQLMediaTypes.AcceptableList;
            return;
        }

        if (isPost && !GraphQLMediaTypes.IsJsonRequest(request.ContentType))
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType, "Only application/json (UTF-8) request bodies are supported.");
            return;
        }

        try
        {
            var read = isGet
                ? GraphQLHttpRequestReader.ReadQueryString(request.Query, _serializer)
                : await GraphQLHttpRequestReader.ReadJsonBodyAsync(request, _options.MaxRequestBodySize, _serializer, http.RequestAborted);
            if (read.Request is null)
            {
                await WriteRequestErrorAsync(http, read.StatusCode, mediaType, read.Error!);
                return;
            }

            var context = await _contextFactory.CreateForHttpAsync(http);
            var result = await _executor.ExecuteAsync(
                read.Request, context, http.RequestServices, isGet ? HttpOperationRule.Get : HttpOperationRule.Post, http.RequestAborted);
            await WriteResultAsync(http, mediaType, result);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left; nobody reads an answer.
        }
        catch (Exception exception) when (!http.Response.HasStarted)
        {
            _logger.LogError(exception, "GraphQL HTTP request failed outside execution");
            var result = new ExecutionResult(new ExecutionError("Internal server error.") { Code = "INTERNAL" });
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await WriteBodyAsync(http, mediaType, result);
        }
    }

    private Task WriteResultAsync(HttpContext http, ResponseMediaType mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = SelectStatusCode(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }

        return WriteBodyAsync(http, mediaType, result);
    }

    /// <summary>
    /// application/json: 200 for anything GraphQL answered. application/graphql-response+json: 200 once
    /// execution started (even with field errors), 400 when the document or variables were refused
    /// (the body then has no data), 500 when the executor itself failed.
    /// </summary>
    private static int SelectStatusCode(ExecutionResult result, ResponseMediaType mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        var errors = result.Errors ?? [];
        if (errors.Any(e => e is MethodNotAllowedError))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (mediaType == ResponseMediaType.Json)
        {
            return StatusCodes.Status200OK;
        }

        return errors.All(e => e is DocumentError) ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
    }

    private Task WriteRequestErrorAsync(HttpContext http, int statusCode, ResponseMediaType mediaType, string message)
    {
        http.Response.StatusCode = statusCode;
        return WriteBodyAsync(http, mediaType, new ExecutionResult(new TransportRequestError(message)));
    }

    private Task WriteBodyAsync(HttpContext http, ResponseMediaType mediaType, ExecutionResult result)
    {
        http.Response.ContentType = mediaType == ResponseMediaType.GraphQLResponseJson
            ? GraphQLMediaTypes.GraphQLResponseJson
            : GraphQLMediaTypes.Json;
        return _serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
