using System.Data.Common;
using System.Globalization;
using Innomed.Grains.Capacity;
using Microsoft.Data.Sqlite;

namespace Innomed.Silo.Persistence.CapacityHistory;

/// <summary>The embedded SQLite file: one transaction per batch, INSERT OR IGNORE on the key.</summary>
internal sealed class SqliteCapacityHistoryStore(string connectionString) : ICapacityHistoryStore
{
    private const string AtFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string Columns =
        "unit_id, recorded_at, territory_id, beds_total, beds_occupied, er_waiting, er_longest_wait_minutes, doctors_on_duty, beds";

    public async Task AppendAsync(IReadOnlyList<CapacitySample> samples, CancellationToken cancellationToken)
    {
        if (samples.Count == 0) return;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT OR IGNORE INTO innomed_capacity_history ({Columns}) VALUES (@u, @at, @t, @bt, @bo, @ew, @el, @d, @beds)";
        var p = new[] { "@u", "@at", "@t", "@bt", "@bo", "@ew", "@el", "@d", "@beds" }
            .Select(name => command.Parameters.Add(name, name is "@u" or "@at" or "@t" or "@beds" ? SqliteType.Text : SqliteType.Integer))
            .ToArray();
        foreach (var s in samples)
        {
            p[0].Value = s.UnitId;
            p[1].Value = Format(s.RecordedAt);
            p[2].Value = s.TerritoryId;
            p[3].Value = s.BedsTotal;
            p[4].Value = s.BedsOccupied;
            p[5].Value = s.ErWaiting;
            p[6].Value = s.ErLongestWaitMinutes;
            p[7].Value = s.DoctorsOnDuty;
            p[8].Value = CapacityBedsCodec.Encode(s.Beds);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CapacitySample>> ReadAsync(string unitId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT * FROM (SELECT {Columns} FROM innomed_capacity_history WHERE unit_id = @u AND recorded_at < @from ORDER BY recorded_at DESC LIMIT 1)
            UNION ALL
            SELECT {Columns} FROM innomed_capacity_history WHERE unit_id = @u AND recorded_at >= @from AND recorded_at < @to
            ORDER BY recorded_at
            """;
        command.Parameters.AddWithValue("@u", unitId);
        command.Parameters.AddWithValue("@from", Format(from));
        command.Parameters.AddWithValue("@to", Format(to));
        var samples = new List<CapacitySample>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            samples.Add(new CapacitySample
            {
                UnitId = reader.GetString(0),
                RecordedAt = DateTimeOffset.ParseExact(reader.GetString(1), AtFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
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
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM innomed_capacity_history WHERE recorded_at < @before";
        command.Parameters.AddWithValue("@before", Format(before));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString(AtFormat, CultureInfo.InvariantCulture);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
