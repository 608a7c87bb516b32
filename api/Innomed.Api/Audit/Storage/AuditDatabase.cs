using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Innomed.Api.Audit.Storage;

/// <summary>
/// Picks the database exactly as the silo's storage does, without referencing the silo:
/// PostgreSQL when <c>ConnectionStrings:Innomed</c> is set, else <c>{Innomed:DataDirectory}/innomed.db</c>
/// (default <c>./.data</c>, relative to the content root). The path rule is duplicated on purpose
/// (three lines, pinned by a test against the silo's) so that the Api keeps pointing one way.
/// </summary>
internal static class AuditDatabase
{
    public static IAuditStore CreateStore(IConfiguration configuration, IHostEnvironment? environment, AuditOptions options)
    {
        var postgres = configuration.GetConnectionString("Innomed");
        return string.IsNullOrWhiteSpace(postgres)
            ? new SqliteAuditStore(Microsoft.Data.Sqlite.SqliteFactory.Instance, SqliteConnectionString(configuration, environment))
            : new PostgresAuditStore(new NpgsqlDataSourceBuilder(PostgresConnectionString(postgres, options)).Build());
    }

    /// <summary>Own small pool: one writer plus the odd auditTrail read; never competes with Orleans' pool.</summary>
    internal static string PostgresConnectionString(string connectionString, AuditOptions options)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = 4,
            ApplicationName = "innomed-audit",
        };
        if (!string.IsNullOrWhiteSpace(options.DatabaseRole))
        {
            // "-c role=x" is SET ROLE at connection start, so every audit statement runs with x's privileges.
            builder.Options = $"{builder.Options} -c role={options.DatabaseRole}".Trim();
        }

        return builder.ConnectionString;
    }

    internal static string SqlitePath(IConfiguration configuration, IHostEnvironment? environment)
    {
        var directory = configuration["Innomed:DataDirectory"];
        if (string.IsNullOrWhiteSpace(directory)) directory = "./.data";
        if (!Path.IsPathRooted(directory))
            directory = Path.Combine(environment?.ContentRootPath ?? Directory.GetCurrentDirectory(), directory);
        return Path.GetFullPath(Path.Combine(directory, "innomed.db"));
    }

    // ReadWrite, not ReadWriteCreate: the silo's migrator creates the file; until then writes fail and are retried.
    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment? environment) =>
        new DbConnectionStringBuilder
        {
            ["Data Source"] = SqlitePath(configuration, environment),
            ["Mode"] = "ReadWrite",
            ["Pooling"] = "True",
            ["Default Timeout"] = "30",
        }.ConnectionString;
}
