namespace Innomed.IntegrationTests.Hostile;

/// <summary>One hostile WebSocket conversation and what the server must answer ("close 4400", "error FORBIDDEN", …).</summary>
public sealed record WebSocketCase(string Name, Func<HostileFixture, Task<string>> Run, string Expected);
