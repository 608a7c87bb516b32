using System.Globalization;

namespace Innomed.Api.TestServer;

/// <summary>
/// Usage: Innomed.Api.TestServer [--port N] [--init-timeout-ms N] [--ide-path DIR]. Prints "LISTENING http://127.0.0.1:N"
/// once ready (the interop tests wait for that line) and stops when stdin closes or on Ctrl+C.
/// </summary>
public static class TestServerProgram
{
    public static async Task<int> Main(string[] args)
    {
        var port = ReadInt(args, "--port") ?? 0;
        var initTimeout = ReadInt(args, "--init-timeout-ms");
        var idePath = Array.IndexOf(args, "--ide-path") is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        await using var app = TransportTestHost.Create(port, options =>
        {
            if (initTimeout is { } ms)
            {
                options.ConnectionInitWaitTimeout = TimeSpan.FromMilliseconds(ms);
            }

            options.IdeAssetsPath = idePath;
        });
        await app.StartAsync();
        Console.WriteLine($"LISTENING {TransportTestHost.Address(app).ToString().TrimEnd('/')}");

        // A parent that dies closes our stdin: stop then, so no orphan keeps the port.
        var stdinClosed = Task.Run(() => Console.In.ReadToEnd());
        await Task.WhenAny(stdinClosed, app.WaitForShutdownAsync());
        await app.StopAsync();
        return 0;
    }

    private static int? ReadInt(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : null;
    }
}
