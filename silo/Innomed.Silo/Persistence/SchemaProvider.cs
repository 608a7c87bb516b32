namespace Innomed.Silo.Persistence;

/// <summary>The database engines Innomed keeps Orleans state in.</summary>
public enum SchemaProvider
{
    /// <summary>Production and multi-silo: PostgreSQL through Npgsql.</summary>
    PostgreSql,

    /// <summary>Embedded single-process run: a local SQLite file through Microsoft.Data.Sqlite.</summary>
    Sqlite,
}
