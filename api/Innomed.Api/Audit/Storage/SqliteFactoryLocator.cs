using System.Data.Common;
using System.Reflection;

namespace Innomed.Api.Audit.Storage;

/// <summary>
/// Finds Microsoft.Data.Sqlite's factory at run time, as Orleans' ADO.NET providers do for their
/// invariants. Why not a package reference: the embedded (SQLite) run always hosts the gateway in
/// the silo process, which ships Microsoft.Data.Sqlite; a gateway node of its own uses PostgreSQL.
/// Adding <c>Microsoft.Data.Sqlite</c> to Innomed.Api.csproj would let this become
/// <c>SqliteFactory.Instance</c>.
/// </summary>
internal static class SqliteFactoryLocator
{
    private const string TypeName = "Microsoft.Data.Sqlite.SqliteFactory, Microsoft.Data.Sqlite";

    public static DbProviderFactory Find() =>
        Type.GetType(TypeName, throwOnError: false)?.GetField("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as DbProviderFactory
        ?? throw new InvalidOperationException(
            "The embedded audit trail needs Microsoft.Data.Sqlite, which the silo host ships. A gateway node " +
            "of its own must use PostgreSQL (ConnectionStrings:Innomed).");
}
