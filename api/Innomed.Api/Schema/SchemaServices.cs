using GraphQL;
using Innomed.Api.Live;
using Innomed.Grains.Live;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Schema;

public static class SchemaServices
{
    /// <summary>The schema, its error mapping and the per-request loader.</summary>
    public static IServiceCollection AddInnomedSchema(this IServiceCollection services)
    {
        services.AddScoped<GrainLoader>();
        services.TryAddSingleton<InProcessLiveEvents>();
        services.TryAddSingleton<ILiveEventSource>(sp => sp.GetRequiredService<InProcessLiveEvents>());
        services.TryAddSingleton<JourneyChangeRouter>();
        services.AddGraphQL(b => b
            .AddSchema<InnomedSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(InnomedSchema).Assembly)
            .AddErrorInfoProvider<InnomedErrorInfoProvider>()
            .AddExecutionStrategy<Transport.Execution.SharedEventExecutionStrategy>(GraphQLParser.AST.OperationType.Subscription)
            .UseMiddleware<DomainErrorMiddleware>()
            .UseMiddleware<Access.AccessMiddleware>());
        // No AddUnhandledExceptionHandler here: it replaces the transport's handler
        // (GraphQLOperationExecutor), which maps known errors outside fields, logs the rest and hides them.
        return services;
    }
}
