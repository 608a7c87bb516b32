using Innomed.Silo.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Innomed.IntegrationTests.Documents;

/// <summary>innomed_documents in the embedded SQLite file (blob), created by the silo's migrator from Innomed:DataDirectory.</summary>
[Trait("Category", "Integration")]
public sealed class DocumentStoreSqliteTests : DocumentStoreContract, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("innomed-documents-");

    protected override async Task<Dictionary<string, string?>> SettingsAsync()
    {
        var settings = new Dictionary<string, string?> { ["Innomed:DataDirectory"] = _directory.FullName };
        await SchemaMigrator.RunAsync(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return settings;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
