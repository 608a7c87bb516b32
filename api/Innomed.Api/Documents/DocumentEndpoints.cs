using System.Text;
using System.Text.Json;
using GraphQL;
using Innomed.Api.Audit;
using Innomed.Api.Schema;
using Innomed.Api.Transport;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innomed.Api.Documents;

/// <summary>
/// Files travel over plain HTTP, not GraphQL (GraphQL over HTTP has no file upload, and base64 in JSON
/// costs a third more and the whole file in memory twice):
/// <list type="bullet">
/// <item><c>POST /documents?journeyId=…&amp;kind=…&amp;name=…[&amp;stepId=…]</c>, the file as the raw body with
/// its <c>Content-Type</c> — what <c>fetch(url, { body: file })</c> in a browser or any mobile HTTP
/// client sends without a multipart encoder. Answers 201 with the document's metadata.</item>
/// <item><c>GET /documents/{id}</c>: the content, as an attachment, never cached, never sniffed.</item>
/// </list>
/// Same bearer authentication, rate limits and security headers as <c>/graphql</c>; the same access rule
/// as the journey (care team); every upload and download, allowed or not, is in the audit trail
/// (<c>Http.uploadDocument</c>, <c>Http.downloadDocument</c>). Errors are the GraphQL error shape with
/// <c>extensions.code</c> and a matching status; never a stack trace.
/// </summary>
public static class DocumentEndpoints
{
    public const string Path = "/documents";
    public const string UploadOperation = "Http.uploadDocument";
    public const string DownloadOperation = "Http.downloadDocument";

    public static string DownloadPath(Guid id) => $"{Path}/{id:D}";

    public static IEndpointRouteBuilder MapInnomedDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, UploadAsync).WithDisplayName("Upload a document").ExcludeFromDescription();
        endpoints.MapGet(Path + "/{id:guid}", DownloadAsync).WithDisplayName("Download a document").ExcludeFromDescription();
        return endpoints;
    }

    private static Task UploadAsync(HttpContext http) => RunAsync(http, UploadOperation, async (actor, audit) =>
    {
        var library = http.RequestServices.GetRequiredService<DocumentLibrary>();
        var query = http.Request.Query;
        var journeyId = Ids.Journey(query["journeyId"].ToString());
        audit.JourneyId = journeyId;
        Guid? stepId = query["stepId"].ToString() is { Length: > 0 } s ? Ids.Guid(s, "stepId") : null;
        var kind = ParseKind(query["kind"].ToString());
        var max = library.Options.MaxBytes;
        if (http.Request.ContentLength > max)
            throw new DocumentRejectedException(DocumentRejectedException.TooLarge, $"At most {max} bytes.");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max + 1;
        var content = await ReadBodyAsync(http.Request, max, http.RequestAborted)
            ?? throw new DocumentRejectedException(DocumentRejectedException.TooLarge, $"At most {max} bytes.");
        var document = await library.UploadAsync(actor, journeyId, stepId, kind, query["name"].ToString(),
            http.Request.ContentType, content, http.RequestAborted);
        http.Response.StatusCode = StatusCodes.Status201Created;
        http.Response.Headers.Location = document.DownloadUrl;
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsJsonAsync(new
        {
            id = document.Id,
            journeyId = document.JourneyId,
            stepId = document.StepId,
            kind = Names.Constant(document.Kind.ToString()),
            name = document.Name,
            contentType = document.ContentType,
            size = document.Size,
            sha256 = document.Sha256,
            uploadedAt = document.UploadedAt,
            downloadUrl = document.DownloadUrl,
        }, http.RequestAborted);
    });

    private static Task DownloadAsync(HttpContext http, Guid id) => RunAsync(http, DownloadOperation, async (actor, audit) =>
    {
        var library = http.RequestServices.GetRequiredService<DocumentLibrary>();
        var document = await library.Store.GetAsync(id, http.RequestAborted) ?? throw new NotFoundException("Document", id.ToString());
        audit.JourneyId = document.JourneyId; // before the access check: a refusal is recorded against the journey too
        await library.ReadableJourneyAsync(actor, document.JourneyId);
        var content = await library.Store.ReadContentAsync(id, http.RequestAborted) ?? throw new NotFoundException("Document", id.ToString());
        await audit.CommitAsync();
        var headers = http.Response.Headers;
        http.Response.ContentType = document.ContentType == DocumentContent.PlainText ? "text/plain; charset=utf-8" : document.ContentType;
        http.Response.ContentLength = content.Length;
        headers.ContentDisposition = ContentDisposition(document.Name);
        headers.CacheControl = "no-store, private";
        headers.Pragma = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers["Content-Security-Policy"] = "default-src 'none'; sandbox";
        headers.ETag = $"\"{document.Sha256}\"";
        headers["Digest"] = $"sha-256={Convert.ToBase64String(Convert.FromHexString(document.Sha256))}";
        await http.Response.Body.WriteAsync(content, http.RequestAborted);
    });

    /// <summary>Who the caller is, the handler, then one audit record whatever happened (written before any content is served).</summary>
    private static async Task RunAsync(HttpContext http, string operation, Func<Actor, AuditScope, Task> handler)
    {
        var services = http.RequestServices;
        var sink = services.GetRequiredService<IAuditSink>();
        (string Id, string Role) who = (AuditRecorder.Anonymous, AuditRecorder.Anonymous);
        var at = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var scope = new AuditScope
        {
            Commit = s => sink.RecordAsync(new AuditRecord(at, who.Id, who.Role, operation, s.JourneyId, AuditOutcome.Ok, "HTTP", Clip(http.TraceIdentifier))),
        };
        string outcome = AuditOutcome.Ok;
        try
        {
            if (!sink.IsAccepting) throw AuditRecorder.Unavailable();
            var context = await services.GetRequiredService<IGraphQLRequestContextFactory>().CreateForHttpAsync(http);
            var actor = ActorResolver.Resolve(new ResolveFieldContext { User = context.User, UserContext = context.UserContext });
            who = (actor.Id.Length <= 128 ? actor.Id : actor.Id[..128], Names.Constant(actor.Role.ToString()));
            await handler(actor, scope);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            outcome = AuditOutcome.Error("CANCELLED");
        }
        catch (Exception ex) when (!http.Response.HasStarted)
        {
            var (status, code, message) = Describe(ex);
            outcome = code is "FORBIDDEN" or "UNAUTHENTICATED" ? AuditOutcome.Denied : AuditOutcome.Error(code);
            if (status == StatusCodes.Status500InternalServerError)
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DocumentEndpoints))
                    .LogError(ex, "Document {Operation} failed", operation);
            http.Response.Clear();
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.Headers.CacheControl = "no-store";
            await http.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                errors = new[] { new { message, extensions = new { code } } },
            }));
        }
        finally
        {
            if (!scope.Recorded)
                await sink.RecordAsync(new AuditRecord(at, who.Id, who.Role, operation, scope.JourneyId, outcome, "HTTP", Clip(http.TraceIdentifier)));
        }
    }

    private static (int Status, string Code, string Message) Describe(Exception ex) => ex switch
    {
        DocumentRejectedException r => (r.Code switch
        {
            DocumentRejectedException.TooLarge => StatusCodes.Status413PayloadTooLarge,
            DocumentRejectedException.Empty => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status415UnsupportedMediaType,
        }, r.Code, r.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (StatusCodes.Status413PayloadTooLarge, DocumentRejectedException.TooLarge, "The file is too large."),
        DomainException d => (d.Code switch
        {
            "FORBIDDEN" => StatusCodes.Status403Forbidden,
            "NOT_FOUND" => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        }, d.Code, d.Message),
        ExecutionError { Code: "UNAUTHENTICATED" } e => (StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", e.Message),
        ExecutionError { Code: "INTERNAL" } e => (StatusCodes.Status503ServiceUnavailable, "INTERNAL", e.Message),
        ExecutionError { Code: { Length: > 0 } c } e => (StatusCodes.Status400BadRequest, c, e.Message),
        _ => (StatusCodes.Status500InternalServerError, "INTERNAL", "Internal server error."),
    };

    internal static DocumentKind ParseKind(string text) => text.Trim().ToUpperInvariant() switch
    {
        "CONSULTATION_REPORT" => DocumentKind.ConsultationReport,
        "RESULT" => DocumentKind.Result,
        "LETTER" => DocumentKind.Letter,
        "PRESCRIPTION" => DocumentKind.Prescription,
        "OTHER" or "" => DocumentKind.Other,
        _ => throw new InvalidInputException("kind", "One of CONSULTATION_REPORT, RESULT, LETTER, PRESCRIPTION, OTHER."),
    };

    /// <summary>
    /// <c>attachment</c> with an ASCII fallback name and the exact name in RFC 5987 form, so no quote,
    /// semicolon or line break from a name can end up in the header's syntax.
    /// </summary>
    internal static string ContentDisposition(string name)
    {
        var ascii = new string(name.Select(c => c is >= ' ' and < '\u007f' and not '"' and not '\\' and not ';' ? c : '_').ToArray());
        return $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
    }

    /// <summary>Reads at most <paramref name="max"/> bytes; null when the body is longer (chunked bodies carry no length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(request.ContentLength is { } length and <= int.MaxValue ? (int)length : 64 * 1024);
        var chunk = new byte[81920];
        while (true)
        {
            var read = await request.Body.ReadAsync(chunk, cancellationToken);
            if (read == 0) return buffer.ToArray();
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
    }

    private static string? Clip(string? id) => id is { Length: > 0 } ? (id.Length <= 128 ? id : id[..128]) : null;

    /// <summary>
    /// What the audit record will say, filled in by the handler as it learns it. A download commits its
    /// OK before sending any byte: if the record cannot be queued the content is not served (fail closed,
    /// like the GraphQL fields); anything else is recorded once the request is over.
    /// </summary>
    private sealed class AuditScope
    {
        public Guid? JourneyId { get; set; }
        public bool Recorded { get; private set; }
        public Func<AuditScope, ValueTask<bool>>? Commit { get; init; }

        public async Task CommitAsync()
        {
            if (Commit is null || !await Commit(this)) throw AuditRecorder.Unavailable();
            Recorded = true;
        }
    }
}
