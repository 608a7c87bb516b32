using System.Net;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>
/// One hostile HTTP request and its documented answer (docs/SECURITY.md). <see cref="Then"/> may check
/// more (e.g. a stored string reads back byte for byte).
/// </summary>
public sealed record HostileCase(
    string Name,
    Func<HostileFixture, Task<HttpOutcome>> Send,
    HttpStatusCode Status,
    string? Code,
    Func<HostileFixture, HttpOutcome, Task>? Then = null);
