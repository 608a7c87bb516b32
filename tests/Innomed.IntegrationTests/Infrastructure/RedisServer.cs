using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Innomed.IntegrationTests.Infrastructure;

/// <summary>
/// A throw-away redis-server on a free loopback port, without persistence. <see cref="StopAsync"/>
/// and <see cref="StartAsync"/> restart it on the same port so tests can cut the connection of a
/// running client. A missing binary fails the tests with instructions, never skips them.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private string? _executable;
    private string? _directory;
    private Process? _process;

    public int Port { get; private set; }

    /// <summary>StackExchange.Redis configuration string.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public Task InitializeAsync()
    {
        _executable = FindExecutable();
        _directory = Path.Combine(Path.GetTempPath(), $"innomed-redis-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        Port = ExternalProcess.FreeLoopbackPort();
        return StartAsync();
    }

    /// <summary>Starts the server (again) on <see cref="Port"/> and waits until it answers PING.</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        var info = new ProcessStartInfo(_executable!)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no", "--daemonize", "no",
                     "--dir", _directory!, "--logfile", Path.Combine(_directory!, "redis.log"),
                 })
        {
            info.ArgumentList.Add(argument);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("Could not start redis-server.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await PingAsync().ConfigureAwait(false))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                var log = Path.Combine(_directory!, "redis.log");
                throw new InvalidOperationException($"redis-server did not come up on port {Port}.\n" +
                    (File.Exists(log) ? await File.ReadAllTextAsync(log).ConfigureAwait(false) : string.Empty));
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    /// <summary>Kills the server; the port stays reserved for <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
        _process = null;
    }

    public async Task DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (_directory is not null && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray()).ConfigureAwait(false);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).ConfigureAwait(false);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string FindExecutable()
    {
        string[] candidates = [Environment.GetEnvironmentVariable("INNOMED_REDIS_SERVER") ?? string.Empty, "/usr/bin/redis-server", "/usr/local/bin/redis-server"];
        return candidates.FirstOrDefault(c => c.Length > 0 && File.Exists(c))
            ?? throw new InvalidOperationException(
                "redis-server not found (looked in /usr/bin and /usr/local/bin). Install it (apt-get install -y redis-server) " +
                "or set INNOMED_REDIS_SERVER to its path.");
    }
}
