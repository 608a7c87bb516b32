namespace Innomed.Api.TestServer.TestSchema;

/// <summary>Scoped service: its id tells tests which DI scope a resolver ran in.</summary>
public sealed class RequestScopeMarker
{
    public string Id { get; } = Guid.NewGuid().ToString("N");
}
