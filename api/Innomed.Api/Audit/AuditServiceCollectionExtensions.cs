using GraphQL.DI;
using Innomed.Api.Audit.Storage;
using Innomed.Api.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// The audit trail of a gateway: records every root field of the GraphQL schema built from this
    /// container (see <see cref="AuditSchemaVisitor"/>), buffers the records and writes them in
    /// batches to <c>innomed_audit</c> in the Innomed database (PostgreSQL when
    /// <c>ConnectionStrings:Innomed</c> is set, else the embedded SQLite file). Settings under
    /// <c>Innomed:Audit</c> (<see cref="AuditOptions"/>). Safe to call twice; an
    /// <see cref="IAuditStore"/> registered before is kept (tests).
    /// </summary>
    public static IServiceCollection AddInnomedAudit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(AuditBuffer))) return services;

        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditBuffer>();
        services.AddSingleton<IAuditSink>(sp => sp.GetRequiredService<AuditBuffer>());
        services.TryAddSingleton<IAuditStore>(sp => AuditDatabase.CreateStore(
            configuration, sp.GetService<IHostEnvironment>(), sp.GetRequiredService<IOptions<AuditOptions>>().Value));
        services.AddSingleton<AuditWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditWriter>());

        services.AddSingleton<AuditRecorder>();
        services.AddSingleton<AuditFieldMiddleware>();
        services.AddSingleton<AuditSchemaVisitor>();
        services.AddSingleton<IConfigureSchema, AuditConfigureSchema>();
        services.AddScoped<AuditRequestInfo>();
        services.PostConfigure<GraphQLTransportOptions>(o =>
        {
            // Chained, not replaced: other layers (limits, authorisation) configure executions too.
            var previous = o.ConfigureExecution;
            o.ConfigureExecution = (execution, request) =>
            {
                previous?.Invoke(execution, request);
                AuditRequestInfo.Capture(execution, request);
            };
        });
        return services;
    }
}
