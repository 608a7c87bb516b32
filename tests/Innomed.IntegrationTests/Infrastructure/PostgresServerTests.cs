using Npgsql;

namespace Innomed.IntegrationTests.Infrastructure;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PostgresServerTests(PostgresServer server)
{
    [Fact]
    public async Task Given_RunningServer_When_CreatingTwoDatabases_Then_EachIsEmptyAndSeparate()
    {
        var first = await server.CreateDatabaseAsync();
        var second = await server.CreateDatabaseAsync();
        first.ShouldNotBe(second);

        await using var connection = new NpgsqlConnection(first);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(0);
        connection.PostgreSqlVersion.Major.ShouldBeGreaterThanOrEqualTo(15);
    }
}
