using System.Data.Common;
using Innomed.Api.Audit.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Innomed.Api.Documents.Storage;

/// <summary>The same database as the silo's storage and the audit trail: PostgreSQL when configured, else the embedded SQLite file.</summary>
internal static class DocumentDatabase
{
    public static IDocumentStore CreateStore(IConfiguration configuration, IHostEnvironment? environment)
    {
        var postgres = configuration.GetConnectionString("Innomed");
        if (string.IsNullOrWhiteSpace(postgres))
        {
            var sqlite = new DbConnectionStringBuilder
            {
                ["Data Source"] = AuditDatabase.SqlitePath(configuration, environment),
                ["Mode"] = "ReadWrite",
                ["Pooling"] = "True",
                ["Default Timeout"] = "30",
            }.ConnectionString;
            return new SqliteDocumentStore(Microsoft.Data.Sqlite.SqliteFactory.Instance, sqlite);
        }
        // Own small pool: uploads and downloads never compete with Orleans' connections.
        var builder = new NpgsqlConnectionStringBuilder(postgres) { MaxPoolSize = 8, ApplicationName = "innomed-documents" };
        return new PostgresDocumentStore(new NpgsqlDataSourceBuilder(builder.ConnectionString).Build());
    }
}
