using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Transport.Ide;

/// <summary>
/// Serves the GraphiQL build (api/Innomed.Api/GraphiQL → wwwroot/graphiql) with no CDN, or a page
/// saying how to build it, so the Api never needs npm to start.
/// </summary>
internal sealed class GraphiQLPage
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly IFileProvider? _files;
    private readonly string _folder;

    public GraphiQLPage(IOptions<GraphQLTransportOptions> options, IWebHostEnvironment? environment = null)
    {
        _folder = options.Value.IdeAssetsPath
            ?? FirstExisting(
                environment?.WebRootPath is { } webRoot ? Path.Combine(webRoot, "graphiql") : null,
                Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphiql"))
            ?? Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphiql");
        _files = File.Exists(Path.Combine(_folder, "index.html")) ? new PhysicalFileProvider(_folder) : null;
    }

    public bool IsBuilt => _files is not null;

    // assetsPath: absolute path the assets are mapped under, e.g. "/graphql/ide/".
    public async Task WriteIndexAsync(HttpContext http, string assetsPath)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        string html;
        if (_files is null)
        {
            html = NotBuiltPage(_folder);
        }
        else
        {
            // The bundle uses relative URLs; <base> points them at the asset route whatever the GraphQL path is.
            html = await File.ReadAllTextAsync(Path.Combine(_folder, "index.html"), http.RequestAborted);
            var baseHref = WebUtility.HtmlEncode(http.Request.PathBase + assetsPath);
            html = html.Replace("<head>", $"<head><base href=\"{baseHref}\">", StringComparison.OrdinalIgnoreCase);
        }

        await http.Response.WriteAsync(html, http.RequestAborted);
    }

    public async Task WriteAssetAsync(HttpContext http, string? file)
    {
        var info = _files is null || string.IsNullOrEmpty(file) ? null : _files.GetFileInfo(file);
        if (info is null || !info.Exists || info.IsDirectory)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = ContentTypes.TryGetContentType(info.Name, out var type) ? type : "application/octet-stream";
        // Vite puts a content hash in every name under assets/, so those never change.
        http.Response.Headers.CacheControl = file!.StartsWith("assets/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        await http.Response.SendFileAsync(info, http.RequestAborted);
    }

    private static string? FirstExisting(params string?[] folders) =>
        folders.FirstOrDefault(f => f is not null && File.Exists(Path.Combine(f, "index.html")));

    private static string NotBuiltPage(string folder) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>GraphQL IDE not built</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
        <h1>The GraphiQL IDE was not built</h1>
        <p>This GraphQL endpoint works (POST or GET with <code>?query=</code>, WebSocket with
        <code>graphql-transport-ws</code>), but no IDE files were found in <code>{{WebUtility.HtmlEncode(folder)}}</code>.</p>
        <p>Build them with <code>cd api/Innomed.Api/GraphiQL &amp;&amp; npm ci &amp;&amp; npm run build</code>, then restart the Api.</p>
        </body></html>
        """;
}
