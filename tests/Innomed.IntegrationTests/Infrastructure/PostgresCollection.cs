namespace Innomed.IntegrationTests.Infrastructure;

/// <summary>Tests in this collection share one <see cref="PostgresServer"/>; each class makes its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
