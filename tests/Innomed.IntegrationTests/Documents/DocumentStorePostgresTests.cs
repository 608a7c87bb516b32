using Innomed.IntegrationTests.Infrastructure;
using Innomed.Silo.Persistence;

namespace Innomed.IntegrationTests.Documents;

/// <summary>innomed_documents on a real PostgreSQL (bytea), migrated by the silo's migrator.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class DocumentStorePostgresTests(PostgresServer postgres) : DocumentStoreContract
{
    protected override async Task<Dictionary<string, string?>> SettingsAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.RunAsync(connectionString, SchemaProvider.PostgreSql);
        return new() { ["ConnectionStrings:Innomed"] = connectionString };
    }
}
