using Innomed.Api.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innomed.IntegrationTests.Audit;

/// <summary>The audit exactly as a gateway registers it (AddInnomedAudit), against a real database, writer started.</summary>
internal sealed class AuditServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private bool _stopped;

    private AuditServices(ServiceProvider provider) => _provider = provider;

    public AuditBuffer Buffer => _provider.GetRequiredService<AuditBuffer>();

    public IAuditStore Store => _provider.GetRequiredService<IAuditStore>();

    public static async Task<AuditServices> StartAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddInnomedAudit(configuration);
        var audit = new AuditServices(services.BuildServiceProvider());
        await audit._provider.GetRequiredService<AuditWriter>().StartAsync(CancellationToken.None);
        return audit;
    }

    public static AuditRecord Record(Guid journeyId, int i, DateTimeOffset? at = null) =>
        new(at ?? DateTimeOffset.UtcNow, $"actor-{i}", "GP", "Mutation.submitTriage", journeyId, i % 10 == 0 ? "ERROR:INVALID_TRANSITION" : "OK", "HTTP", $"req-{i}");

    public async Task FlushAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Buffer.FlushAsync(timeout.Token);
    }

    /// <summary>What the host does at shutdown.</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _provider.GetRequiredService<AuditWriter>().StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped) await StopAsync();
        await _provider.DisposeAsync();
    }
}
