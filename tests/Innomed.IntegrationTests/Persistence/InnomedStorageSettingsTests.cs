using Innomed.Silo.Persistence;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Innomed.IntegrationTests.Persistence;

[Trait("Category", "Unit")]
public sealed class InnomedStorageSettingsTests
{
    [Fact]
    public void Given_ConnectionStringWithoutPoolSettings_When_Read_Then_TheMeasuredDefaultsAreAdded()
    {
        var settings = Read(new() { ["ConnectionStrings:Innomed"] = "Host=db;Database=innomed;Username=app" });

        settings.Provider.ShouldBe(SchemaProvider.PostgreSql);
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        builder.MaxPoolSize.ShouldBe(8);
        builder.MaxAutoPrepare.ShouldBe(10);
        builder.NoResetOnClose.ShouldBeTrue();
        (settings.ClusterId, settings.ServiceId, settings.SiloPort, settings.GatewayPort).ShouldBe(("innomed", "innomed", 11111, 30000));
    }

    [Fact]
    public void Given_ConnectionStringSettingItsOwnPool_When_Read_Then_ItsValuesAreKept()
    {
        var settings = Read(new() { ["ConnectionStrings:Innomed"] = "Host=db;Database=innomed;Maximum Pool Size=32;MaxAutoPrepare=0" });

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        builder.MaxPoolSize.ShouldBe(32);
        builder.MaxAutoPrepare.ShouldBe(0);
        builder.NoResetOnClose.ShouldBeTrue();
    }

    [Fact]
    public void Given_NoConnectionString_When_Read_Then_EmbeddedSqliteUnderTheDataDirectory()
    {
        var settings = Read(new() { ["Innomed:DataDirectory"] = "/var/lib/innomed", ["Orleans:SiloPort"] = "12000" });

        settings.Provider.ShouldBe(SchemaProvider.Sqlite);
        settings.ConnectionString.ShouldContain("/var/lib/innomed/innomed.db");
        settings.SiloPort.ShouldBe(12000);
    }

    private static InnomedStorageSettings Read(Dictionary<string, string?> values) =>
        InnomedStorageSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), environment: null);
}
