using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Innomed.Silo.Persistence;

/// <summary>What <see cref="InnomedStorageSiloBuilderExtensions.UseInnomedStorage"/> reads from configuration.</summary>
internal sealed record InnomedStorageSettings(
    SchemaProvider Provider,
    string ConnectionString,
    string ClusterId,
    string ServiceId,
    int SiloPort,
    int GatewayPort,
    bool MigrateOnStart,
    bool ClusteringConfiguredByOrleans,
    bool EndpointsConfiguredByOrleans)
{
    public const string ConnectionStringName = "Innomed";

    /// <summary>
    /// Npgsql settings measured best on our 2-core machines (FACTS.md: ~4,400 vs ~2,500 writes/s):
    /// a small pool avoids contention, auto-prepare saves parsing the Orleans queries, and skipping
    /// DISCARD ALL on return is safe because no provider keeps session state.
    /// </summary>
    private static readonly (string[] Synonyms, string Keyword, string Value)[] PostgresDefaults =
    [
        (["maximumpoolsize", "maxpoolsize"], "Maximum Pool Size", "8"),
        (["maxautoprepare"], "Max Auto Prepare", "10"),
        (["noresetonclose"], "No Reset On Close", "true"),
    ];

    public static InnomedStorageSettings Read(IConfiguration configuration, IHostEnvironment? environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var postgres = configuration.GetConnectionString(ConnectionStringName);
        var provider = string.IsNullOrWhiteSpace(postgres) ? SchemaProvider.Sqlite : SchemaProvider.PostgreSql;
        var connectionString = provider == SchemaProvider.PostgreSql
            ? WithPostgresDefaults(postgres!)
            : SqliteConnectionString(configuration, environment);

        return new InnomedStorageSettings(
            provider,
            connectionString,
            ClusterId: NonEmpty(configuration["Orleans:ClusterId"], "innomed"),
            ServiceId: NonEmpty(configuration["Orleans:ServiceId"], "innomed"),
            SiloPort: Port(configuration, "Orleans:SiloPort", 11111),
            GatewayPort: Port(configuration, "Orleans:GatewayPort", 30000),
            MigrateOnStart: !bool.TryParse(configuration["Innomed:MigrateOnStart"], out var migrate) || migrate,
            // Orleans' own configuration keys (used by TestCluster, or by operators) win over ours.
            ClusteringConfiguredByOrleans: !string.IsNullOrWhiteSpace(configuration["Orleans:Clustering:ProviderType"]),
            EndpointsConfiguredByOrleans: configuration.GetSection("Orleans:Endpoints").Exists());
    }

    /// <summary>Adds the recommended pool settings unless the connection string sets them itself.</summary>
    public static string WithPostgresDefaults(string connectionString)
    {
        var present = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>()
            .Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var (synonyms, keyword, value) in PostgresDefaults)
        {
            if (!synonyms.Any(present.Contains))
            {
                builder[keyword] = value;
            }
        }

        return builder.ConnectionString;
    }

    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment? environment)
    {
        var directory = NonEmpty(configuration["Innomed:DataDirectory"], "./.data");
        if (!Path.IsPathRooted(directory))
        {
            directory = Path.Combine(environment?.ContentRootPath ?? Directory.GetCurrentDirectory(), directory);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(Path.Combine(directory, "innomed.db")),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Seconds a statement retries while another connection holds the write lock.
            DefaultTimeout = 30,
        }.ConnectionString;
    }

    private static string NonEmpty(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private static int Port(IConfiguration configuration, string key, int fallback)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new InvalidOperationException($"Configuration '{key}' must be a TCP port, not '{value}'.");
    }
}
