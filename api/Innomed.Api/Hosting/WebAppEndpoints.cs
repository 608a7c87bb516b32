using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace Innomed.Api.Hosting;

/// <summary>
/// Serves the web app (frontend/, built by MSBuild into wwwroot/app) at <c>/</c>: its files, and
/// index.html for every other GET that no endpoint claims, so client routes survive a reload.
/// API paths never fall back to the app. Without a build, <c>/</c> opens GraphiQL as before.
/// </summary>
public static class WebAppEndpoints
{
    /// <summary>Paths that belong to the gateway, not to the app: a miss there stays a 404.</summary>
    private static readonly string[] ReservedPrefixes = ["/graphql", "/graphiql", "/auth", "/health", "/documents"];

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static WebApplication MapInnomedWebApp(this WebApplication app)
    {
        var environment = app.Services.GetService<IWebHostEnvironment>();
        var folder = new[]
            {
                environment?.WebRootPath is { } webRoot ? Path.Combine(webRoot, "app") : null,
                Path.Combine(AppContext.BaseDirectory, "wwwroot", "app"),
            }
            .FirstOrDefault(f => f is not null && File.Exists(Path.Combine(f, "index.html")));

        // GraphiQL keeps a path of its own whether or not the app is there.
        app.MapGet("/graphiql", () => Results.Redirect("/graphql")).ExcludeFromDescription();
        if (folder is null)
        {
            app.MapGet("/", () => Results.Redirect("/graphql")).ExcludeFromDescription();
            return app;
        }

        var files = new PhysicalFileProvider(folder);
        app.MapFallback("{**path}", (HttpContext http) => ServeAsync(http, files)).ExcludeFromDescription();
        return app;
    }

    private static async Task ServeAsync(HttpContext http, IFileProvider files)
    {
        var path = http.Request.Path.Value ?? "/";
        if ((!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            || ReservedPrefixes.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)
                || path.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase)))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var file = path.Length > 1 ? files.GetFileInfo(path.TrimStart('/')) : null;
        if (file is { Exists: true, IsDirectory: false })
        {
            http.Response.ContentType = ContentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
            // Vite puts a content hash in every name under assets/: those never change.
            http.Response.Headers.CacheControl = path.StartsWith("/assets/", StringComparison.Ordinal)
                ? "public, max-age=31536000, immutable"
                : "no-cache";
            await http.Response.SendFileAsync(file, http.RequestAborted);
            return;
        }

        // A missing asset is a 404, not the app's page (a stale tab asking for an old chunk must fail loudly).
        if (path.StartsWith("/assets/", StringComparison.Ordinal) || Path.HasExtension(path))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var index = files.GetFileInfo("index.html");
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(index, http.RequestAborted);
    }
}
