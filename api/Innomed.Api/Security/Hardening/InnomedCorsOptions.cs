namespace Innomed.Api.Security.Hardening;

/// <summary>
/// Cross-origin access (section <c>Innomed:Cors</c>). None by default: the web app is served from the
/// gateway's own origin. Tokens travel in the Authorization header, never in cookies, so credentialed
/// CORS is never needed and never allowed.
/// </summary>
public sealed class InnomedCorsOptions
{
    public const string Section = "Innomed:Cors";

    /// <summary>Exact origins (scheme://host[:port]) allowed to call the API from a browser. "*" allows any, without credentials.</summary>
    public List<string> Origins { get; set; } = [];

    /// <summary>How long browsers may cache a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
