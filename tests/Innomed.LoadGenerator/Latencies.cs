using System.Collections.Concurrent;

namespace Innomed.LoadGenerator;

/// <summary>Latency samples per operation (milliseconds), and errors; percentiles by sorting (a run holds at most a few million samples).</summary>
public sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _samples = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();

    public void Add(string operation, double ms) => _samples.GetOrAdd(operation, _ => []).Add(ms);

    public void Error(string operation) => _errors.AddOrUpdate(operation, 1, (_, n) => n + 1);

    public IReadOnlyList<OperationStats> Summarise(TimeSpan elapsed) => _samples.Keys.Union(_errors.Keys).Order(StringComparer.Ordinal)
        .Select(op => OperationStats.Of(op, _samples.TryGetValue(op, out var s) ? s.ToArray() : [], _errors.GetValueOrDefault(op), elapsed))
        .ToArray();
}

public sealed record OperationStats(string Operation, int Count, int Errors, double PerSecond, double P50, double P95, double P99, double Max)
{
    /// <summary>The fastest sample (for fan-out: when the first subscriber had it).</summary>
    public double Min { get; init; }

    public static OperationStats Of(string operation, double[] samples, int errors, TimeSpan elapsed)
    {
        Array.Sort(samples);
        double At(double q) => samples.Length == 0 ? 0 : samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(q * samples.Length) - 1)];
        return new(operation, samples.Length, errors, samples.Length / elapsed.TotalSeconds, At(0.50), At(0.95), At(0.99),
            samples.Length == 0 ? 0 : samples[^1]) { Min = samples.Length == 0 ? 0 : samples[0] };
    }
}
