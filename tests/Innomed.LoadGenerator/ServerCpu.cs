using System.Diagnostics;
using System.Globalization;

namespace Innomed.LoadGenerator;

/// <summary>
/// The measured server's process on this machine (<c>--server-pid</c>): its CPU time, to report CPU
/// per operation (steadier than rates on a noisy machine), and a wait for it to go quiet before a phase.
/// </summary>
public sealed class ServerCpu(int? pid) : IDisposable
{
    private readonly Process? _process = pid is { } p ? Process.GetProcessById(p) : null;

    public TimeSpan? Time() => Time(_process);

    public static TimeSpan? Time(Process? process)
    {
        if (process is null) return null;
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>Server CPU (µs, all cores) per operation since <paramref name="from"/>, when known.</summary>
    public double? PerOperation(TimeSpan? from, long operations) =>
        Time() is { } to && from is { } f && operations > 0 ? (to - f).TotalMicroseconds / operations : null;

    /// <summary>
    /// Waits until the server used under a tenth of a core for a second (at most <paramref name="maxSeconds"/>).
    /// Under saturation the runtime's tier-1 recompilation thread gets no core; it catches up once a
    /// burst ends (~5 s of a core measured after the journeys phase), which the next phase would pay for.
    /// </summary>
    public async Task SettleAsync(string phase, int maxSeconds = 30)
    {
        if (_process is null) return;
        for (var second = 1; second <= maxSeconds; second++)
        {
            var from = Time();
            await Task.Delay(TimeSpan.FromSeconds(1));
            var share = (Time() - from)?.TotalMilliseconds / 1000 ?? 0;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase}: server settling, second {second}: {share:P0} of a core"));
            if (share < 0.1) return;
        }
    }

    public void Dispose() => _process?.Dispose();
}
