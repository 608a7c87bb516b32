namespace Innomed.IntegrationTests.Infrastructure;

/// <summary>Tests in this collection share one <see cref="RedisServer"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "Redis";
}
