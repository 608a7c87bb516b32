namespace Innomed.LoadGenerator;

public static class Http
{
    /// <summary>One connection per virtual user: the concurrency is the users', not the pool's.</summary>
    public static HttpClient Client(Uri baseAddress, int users) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = users, PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    {
        BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30),
    };
}
