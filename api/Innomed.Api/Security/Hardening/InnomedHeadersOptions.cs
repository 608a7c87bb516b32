namespace Innomed.Api.Security.Hardening;

/// <summary>Security headers (section <c>Innomed:Headers</c>); the defaults suit the bundled GraphiQL and a same-origin web app.</summary>
public sealed class InnomedHeadersOptions
{
    public const string Section = "Innomed:Headers";

    /// <summary>
    /// Policy for HTML pages. GraphiQL (Monaco) needs inline styles, workers from its own origin and
    /// WebSockets back to the page's host ('self' covers ws/wss to the same host in CSP 3 browsers;
    /// ws: and wss: are not listed, so no other host is reachable).
    /// </summary>
    public string HtmlContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; "
        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Policy for everything else (JSON, assets): nothing may be loaded or framed from it.</summary>
    public string ContentSecurityPolicy { get; set; } = "default-src 'none'; frame-ancestors 'none'";

    public string PermissionsPolicy { get; set; } =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()";

    /// <summary>Sent on HTTPS responses only (browsers ignore it over HTTP). Zero turns it off.</summary>
    public int HstsMaxAgeSeconds { get; set; } = 365 * 24 * 3600;
}
