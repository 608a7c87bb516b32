namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>One embedded (SQLite) Innomed process shared by a test class, on a throw-away data directory.</summary>
public sealed class EmbeddedHostFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("innomed-embedded-");

    public InnomedProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await InnomedProcess.StartAsync(new Dictionary<string, string?> { ["Innomed:DataDirectory"] = _data.FullName });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
