namespace Innomed.Api.Security.Hardening;

/// <summary>
/// Per-caller rate limits (section <c>Innomed:RateLimit</c>). A caller is the token's <c>sub</c> when
/// the request authenticates, else the remote IP address. Token buckets: a burst of
/// <c>*Burst</c> requests, refilled by <c>*PerSecond</c> every second.
/// </summary>
public sealed class InnomedRateLimitOptions
{
    public const string Section = "Innomed:RateLimit";

    /// <summary>Off only for benchmarks: the limits protect every other user from one caller.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests an authenticated user may send at once (HTTP requests and WebSocket upgrades).</summary>
    public int Burst { get; set; } = 200;

    /// <summary>Sustained requests per second of an authenticated user.</summary>
    public int PerSecond { get; set; } = 50;

    /// <summary>
    /// Burst of unauthenticated requests per IP address: sign-in, GraphiQL, refused tokens, and WebSocket
    /// upgrades (browsers cannot put a bearer header on them; the token comes later in connection_init).
    /// Sized for a hospital behind one NAT address.
    /// </summary>
    public int AnonymousBurst { get; set; } = 300;

    /// <summary>Sustained unauthenticated requests per second of one IP address.</summary>
    public int AnonymousPerSecond { get; set; } = 50;

    /// <summary>WebSockets one authenticated caller (bearer header on the upgrade) may hold open; further upgrades get 429.</summary>
    public int MaxWebSocketsPerUser { get; set; } = 20;

    /// <summary>WebSockets one IP address may hold open without a bearer header on the upgrade; further upgrades get 429.</summary>
    public int MaxWebSocketsPerAddress { get; set; } = 500;

    /// <summary>
    /// Paths never limited: health probes (orchestrators poll them) and GraphiQL's immutable assets.
    /// Prefixes, compared without case.
    /// </summary>
    public List<string> ExemptPathPrefixes { get; set; } = ["/health", "/graphql/ide/"];

    /// <summary>Subscribe messages one WebSocket may send at once; further ones get an <c>error</c> message RATE_LIMITED.</summary>
    public int SubscribeBurst { get; set; } = 50;

    /// <summary>Sustained subscribe messages per second of one WebSocket.</summary>
    public int SubscribePerSecond { get; set; } = 10;
}
