using System.Collections.Concurrent;
using Innomed.Grains.Capacity;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>
/// The history table for the in-process cluster (the real ones are tested against PostgreSQL and
/// SQLite in the integration tests). Same contract: (unit, time) unique, duplicates skipped. Can be
/// told to fail the next appends of a unit, to test that acknowledged samples are sent again.
/// </summary>
internal sealed class TestCapacityHistoryStore : ICapacityHistoryStore
{
    public static readonly TestCapacityHistoryStore Instance = new();

    private readonly ConcurrentDictionary<(string Unit, DateTimeOffset At), CapacitySample> _rows = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();

    public int Attempts(string unitId) => _attempts.GetValueOrDefault(unitId);

    private readonly ConcurrentDictionary<string, int> _attempts = new();

    public void FailNext(string unitId, int times) => _failures[unitId] = times;

    public Task AppendAsync(IReadOnlyList<CapacitySample> samples, CancellationToken cancellationToken)
    {
        foreach (var unit in samples.Select(s => s.UnitId).Distinct())
        {
            _attempts.AddOrUpdate(unit, 1, (_, n) => n + 1);
            if (_failures.TryGetValue(unit, out var left) && left > 0)
            {
                _failures[unit] = left - 1;
                throw new InvalidOperationException("history table unavailable (test)");
            }
        }
        foreach (var s in samples) _rows.TryAdd((s.UnitId, s.RecordedAt), s);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CapacitySample>> ReadAsync(string unitId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var mine = _rows.Values.Where(s => s.UnitId == unitId).OrderBy(s => s.RecordedAt).ToList();
        var before = mine.LastOrDefault(s => s.RecordedAt < from);
        IReadOnlyList<CapacitySample> result = [.. before is null ? [] : new[] { before }, .. mine.Where(s => s.RecordedAt >= from && s.RecordedAt < to)];
        return Task.FromResult(result);
    }

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var old = _rows.Where(r => r.Key.At < before).Select(r => r.Key).ToList();
        foreach (var key in old) _rows.TryRemove(key, out _);
        return Task.FromResult(old.Count);
    }

    public IReadOnlyList<CapacitySample> Of(string unitId) =>
        _rows.Values.Where(s => s.UnitId == unitId).OrderBy(s => s.RecordedAt).ToArray();
}
