using Innomed.Grains.Capacity;
using Npgsql;
using NpgsqlTypes;

namespace Innomed.Silo.Persistence.CapacityHistory;

/// <summary>
/// PostgreSQL: one INSERT per batch from arrays (unnest), so a batch is one statement, all rows or
/// none; ON CONFLICT DO NOTHING makes re-sent samples harmless (COPY cannot skip duplicates).
/// </summary>
internal sealed class PostgresCapacityHistoryStore(NpgsqlDataSource dataSource) : ICapacityHistoryStore, IAsyncDisposable
{
    private const string Columns =
        "unit_id, recorded_at, territory_id, beds_total, beds_occupied, er_waiting, er_longest_wait_minutes, doctors_on_duty, beds";

    public async Task AppendAsync(IReadOnlyList<CapacitySample> samples, CancellationToken cancellationToken)
    {
        if (samples.Count == 0) return;
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO innomed_capacity_history ({Columns})
            SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::text[])
            ON CONFLICT (unit_id, recorded_at) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = samples.Select(s => s.UnitId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateTime[]>
        {
            TypedValue = samples.Select(s => s.RecordedAt.UtcDateTime).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
        });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = samples.Select(s => s.TerritoryId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = samples.Select(s => s.BedsTotal).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = samples.Select(s => s.BedsOccupied).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = samples.Select(s => s.ErWaiting).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = samples.Select(s => s.ErLongestWaitMinutes).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = samples.Select(s => s.DoctorsOnDuty).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = samples.Select(s => CapacityBedsCodec.Encode(s.Beds)).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CapacitySample>> ReadAsync(string unitId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            (SELECT {Columns} FROM innomed_capacity_history WHERE unit_id = $1 AND recorded_at < $2 ORDER BY recorded_at DESC LIMIT 1)
            UNION ALL
            (SELECT {Columns} FROM innomed_capacity_history WHERE unit_id = $1 AND recorded_at >= $2 AND recorded_at < $3)
            ORDER BY recorded_at
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = unitId });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = from.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = to.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        var samples = new List<CapacitySample>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            samples.Add(new CapacitySample
            {
                UnitId = reader.GetString(0),
                RecordedAt = new DateTimeOffset(reader.GetFieldValue<DateTime>(1), TimeSpan.Zero),
                TerritoryId = reader.GetString(2),
                BedsTotal = reader.GetInt32(3),
                BedsOccupied = reader.GetInt32(4),
                ErWaiting = reader.GetInt32(5),
                ErLongestWaitMinutes = reader.GetInt32(6),
                DoctorsOnDuty = reader.GetInt32(7),
                Beds = CapacityBedsCodec.Decode(reader.GetString(8)),
            });
        }
        return samples;
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM innomed_capacity_history WHERE recorded_at < $1");
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = before.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
