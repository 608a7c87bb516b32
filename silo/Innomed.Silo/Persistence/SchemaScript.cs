using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Innomed.Silo.Persistence;

/// <summary>One embedded Schema/*.sql file, identified by its file name.</summary>
internal sealed record SchemaScript(string Name, string Sql, string Checksum)
{
    /// <summary>
    /// The scripts of one provider in the order they must run. File names carry the order
    /// ("PostgreSQL-0002-Persistence.sql"), so an ordinal sort is the migration order.
    /// </summary>
    public static IReadOnlyList<SchemaScript> For(SchemaProvider provider)
    {
        var prefix = provider switch
        {
            SchemaProvider.PostgreSql => "PostgreSQL-",
            SchemaProvider.Sqlite => "Sqlite-",
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };

        var assembly = typeof(SchemaScript).Assembly;
        const string folder = ".Schema.";
        var scripts = assembly.GetManifestResourceNames()
            .Where(r => r.EndsWith(".sql", StringComparison.Ordinal) && r.Contains(folder, StringComparison.Ordinal))
            .Select(r => (Resource: r, Name: r[(r.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..]))
            .Where(r => r.Name.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => Load(assembly, r.Resource, r.Name))
            .ToList();

        if (scripts.Count == 0)
        {
            throw new InvalidOperationException($"No embedded schema scripts start with '{prefix}'; check <EmbeddedResource Include=\"Schema\\*.sql\" />.");
        }

        return scripts;
    }

    private static SchemaScript Load(Assembly assembly, string resource, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded script '{resource}' cannot be opened.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Normalise line endings so a checkout with autocrlf does not change the checksum.
        var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
        return new SchemaScript(name, sql, checksum);
    }
}
