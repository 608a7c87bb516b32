using System.Security.Claims;
using System.Text.Json.Nodes;
using GraphQL.SystemTextJson;
using GraphQL;
using GraphQL.Types;
using Innomed.Api.Audit;
using Innomed.Api.Schema;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Tests.Audit;

/// <summary>
/// The audit as a gateway wires it (AddInnomedAudit, the transports' execution hook) around
/// <see cref="AuditTestSchema"/>, with an in-memory store; operations run through the executer.
/// </summary>
internal sealed class AuditHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AuditHarness(ServiceProvider services, InMemoryAuditStore store)
    {
        _services = services;
        Store = store;
    }

    public InMemoryAuditStore Store { get; }

    public AuditBuffer Buffer => _services.GetRequiredService<AuditBuffer>();

    public AuditWriter Writer => _services.GetRequiredService<AuditWriter>();

    public static async Task<AuditHarness> StartAsync(Dictionary<string, string?>? settings = null, InMemoryAuditStore? store = null)
    {
        store ??= new InMemoryAuditStore();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IAuditStore>(store);
        services.AddInnomedAudit(configuration);
        services.AddInnomedAudit(configuration); // idempotent: must not record twice
        services.AddGraphQLTransports();
        services.AddGraphQL(b => b
            .AddSelfActivatingSchema<AuditTestSchema>()
            .AddSystemTextJson()
            .UseMiddleware<DomainErrorMiddleware>());
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var harness = new AuditHarness(provider, store);
        await harness.Writer.StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>Runs one operation as a GP (or anonymously) over the given transport.</summary>
    public async Task<ExecutionResult> ExecuteAsync(string query, bool anonymous = false, GraphQLTransportKind transport = GraphQLTransportKind.Http)
    {
        await using var scope = _services.CreateAsyncScope();
        var user = anonymous
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "10000000001"), new Claim("role", "Gp")], "test"));
        var options = new ExecutionOptions
        {
            Schema = scope.ServiceProvider.GetRequiredService<ISchema>(),
            Query = query,
            User = user,
            RequestServices = scope.ServiceProvider,
            ThrowOnUnhandledException = false,
        };
        var request = new GraphQLRequestContext
        {
            User = user,
            HttpContext = new DefaultHttpContext { TraceIdentifier = "req-42" },
            Transport = transport,
        };
        _services.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value.ConfigureExecution?.Invoke(options, request);
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options);
        if (result.Streams is { } streams)
        {
            // Take the first event so the stream is really used, then let it go.
            foreach (var stream in streams.Values)
            {
                using var sub = stream.Subscribe(new NullObserver());
            }
        }

        return result;
    }

    /// <summary>The result as the client would see it.</summary>
    public static JsonNode Json(ExecutionResult result) => JsonNode.Parse(new GraphQLSerializer().Serialize(result))!;

    public async Task<IReadOnlyList<AuditRecord>> FlushedRecordsAsync()
    {
        await Buffer.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        return Store.Records;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Writer.StopAsync(timeout.Token);
        await _services.DisposeAsync();
    }

    private sealed class NullObserver : IObserver<ExecutionResult>
    {
        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void OnNext(ExecutionResult value) { }
    }
}
