namespace Innomed.Api.Transport.WebSockets;

/// <summary>
/// Marks a thread that may write frames to sockets itself while it delivers live events (a journey's
/// pump, <see cref="Live.JourneyChangeRouter"/>): sends usually complete at once, and a change to
/// thousands of subscribers then costs no thread-pool hop per socket. Anywhere else (a grain
/// publishing in-process, the Redis reader, a request) sockets are written from the thread pool.
/// </summary>
internal static class SocketWrites
{
    [ThreadStatic] private static bool _inline;

    public static bool Inline => _inline;

    /// <summary>Runs <paramref name="deliver"/> with inline socket writes allowed on this thread.</summary>
    public static void Allow<T>(Action<T> deliver, T value)
    {
        _inline = true;
        try
        {
            deliver(value);
        }
        finally
        {
            _inline = false;
        }
    }
}
