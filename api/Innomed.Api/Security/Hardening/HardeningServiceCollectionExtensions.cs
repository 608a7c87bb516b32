using GraphQL.Execution;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Security.Hardening;

public static class HardeningServiceCollectionExtensions
{
    /// <summary>
    /// GraphQL limits (<c>Innomed:Limits</c>), introspection policy, per-caller rate limits
    /// (<c>Innomed:RateLimit</c>), security headers (<c>Innomed:Headers</c>) and CORS (<c>Innomed:Cors</c>).
    /// Call after <c>AddInnomedGateway</c> (it replaces the GraphQL document builder); pair with
    /// <see cref="HardeningApplicationBuilderExtensions.UseInnomedHardening"/>. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddInnomedHardening(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (services.Any(d => d.ServiceType == typeof(ExecutionLimits)))
        {
            return services;
        }

        services.AddOptions<InnomedLimitsOptions>().Bind(configuration.GetSection(InnomedLimitsOptions.Section));
        services.AddOptions<InnomedRateLimitOptions>().Bind(configuration.GetSection(InnomedRateLimitOptions.Section));
        services.AddOptions<InnomedHeadersOptions>().Bind(configuration.GetSection(InnomedHeadersOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        // Replaces graphql-dotnet's parser entry point: limits apply before a tree is even built.
        services.RemoveAll<IDocumentBuilder>();
        services.AddSingleton<IDocumentBuilder>(sp => new LimitedDocumentBuilder(sp.GetRequiredService<IOptions<InnomedLimitsOptions>>().Value));
        services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<IOptions<InnomedLimitsOptions>>();
            return new ExecutionLimits(
                limits,
                sp.GetRequiredService<IOptions<InnomedRateLimitOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                IntrospectionPolicy.IsAllowed(limits.Value, configuration, environment));
        });
        services.AddOptions<GraphQLTransportOptions>().PostConfigure<ExecutionLimits>((options, limits) =>
        {
            // Chained, not replaced: audit and authorisation configure executions too.
            var previous = options.ConfigureExecution;
            options.ConfigureExecution = (execution, request) =>
            {
                previous?.Invoke(execution, request);
                limits.Apply(execution, request);
            };
        });

        var rateLimits = configuration.GetSection(InnomedRateLimitOptions.Section).Get<InnomedRateLimitOptions>() ?? new InnomedRateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = CallerRateLimiter.Create(rateLimits);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) => RateLimitedResponse.WriteAsync(context.HttpContext, context.Lease, cancellationToken);
        });

        var cors = configuration.GetSection(InnomedCorsOptions.Section).Get<InnomedCorsOptions>() ?? new InnomedCorsOptions();
        var policy = CorsPolicyFactory.Create(cors); // throws at start-up on a malformed origin
        services.AddCors(options => options.AddDefaultPolicy(policy));
        return services;
    }
}
