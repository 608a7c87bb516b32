using Innomed.Api.Security.Authentication.DevSignIn;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.Api.Security.Authentication;

/// <summary>Registers Innomed's authentication: JwtBearer schemes, the GraphQL request context, WebSocket expiry.</summary>
public static class InnomedAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Call after <c>AddInnomedGateway</c>: it replaces the transports' request-context factory.
    /// Reads <c>Innomed:Auth</c>, <c>ConnectionStrings:Innomed</c>, <c>Innomed:AllowAnonymousAsSystem</c>
    /// and <c>Innomed:DataDirectory</c>; see <see cref="InnomedAuthenticationSetup"/> for the modes.
    /// Hosts with demo users register an <see cref="IDevUserDirectory"/> (before or after).
    /// </summary>
    public static IServiceCollection AddInnomedAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        var setup = InnomedAuthenticationSetup.From(configuration, environment);
        services.AddSingleton(setup);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InnomedTokenValidator>();
        services.RemoveAll<IGraphQLRequestContextFactory>();
        services.AddSingleton<IGraphQLRequestContextFactory, AuthenticatedRequestContextFactory>();
        services.AddOptions<GraphQLTransportOptions>().Configure<TimeProvider>((options, time) =>
            options.ConnectionValidator = TokenExpiryConnectionValidator.Create(time, setup.Provider.ClockSkew, options.ConnectionValidator));

        var authentication = services.AddAuthentication(setup.DefaultScheme);
        var provider = setup.Provider;
        authentication.AddJwtBearer(InnomedAuthenticationSetup.ProviderScheme, options =>
        {
            if (!string.IsNullOrWhiteSpace(provider.Authority))
            {
                options.Authority = provider.Authority;
                options.RequireHttpsMetadata = provider.RequireHttpsMetadata;
            }

            // Unconfigured (a database run allowing anonymous-as-system): no keys, so any token presented is refused.
            Configure(options, InnomedTokenValidation.Create(
                provider.Issuer, provider.Audience, provider.SigningKeys.Select(SigningKeyParser.Parse), provider.ClockSkew));
        });

        if (setup.DevSignInEnabled)
        {
            services.AddSingleton(_ => DevSigningKey.LoadOrCreate(setup.DataDirectory));
            services.AddSingleton<DevTokenIssuer>();
            services.TryAddSingleton<IDevUserDirectory, EmptyDevUserDirectory>();
            services.AddOptions<JwtBearerOptions>(InnomedAuthenticationSetup.DevScheme).Configure<DevSigningKey>((options, key) =>
                Configure(options, InnomedTokenValidation.Create(DevTokenIssuer.Issuer, DevTokenIssuer.Audience, [key.Key], provider.ClockSkew)));
            authentication.AddJwtBearer(InnomedAuthenticationSetup.DevScheme, _ => { });
            if (provider.IsConfigured)
            {
                // Each issuer keeps its own keys: a development key can never vouch for a provider token.
                authentication.AddPolicyScheme(InnomedAuthenticationSetup.SelectorScheme, "Innomed bearer", options =>
                    options.ForwardDefaultSelector = context =>
                        InnomedTokenValidator.SchemeFor(setup, BearerToken(context.Request.Headers.Authorization.ToString())));
            }
        }

        return services;
    }

    private static void Configure(JwtBearerOptions options, TokenValidationParameters parameters)
    {
        options.MapInboundClaims = false; // keep "sub" and "role" as issued
        options.IncludeErrorDetails = false;
        options.SaveToken = false; // nothing reads it back from the authentication properties
        options.TokenValidationParameters = parameters;
        var validated = new ValidatedTokenCache(TimeProvider.System); // one per scheme: each has its own keys
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                if (BearerToken(context.Request.Headers.Authorization.ToString()) is { Length: > 0 } token
                    && validated.TryGet(token, out var principal))
                {
                    context.Principal = principal;
                    context.Success();
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                if (InnomedPrincipalNormaliser.Normalise(context.Principal) is { } principal)
                {
                    context.Principal = principal;
                    if (context.SecurityToken is JsonWebToken jwt) validated.Add(jwt.EncodedToken, principal, jwt.ValidTo);
                }
                else
                {
                    context.Fail("The token has no subject.");
                }

                return Task.CompletedTask;
            },
        };
    }

    private static string? BearerToken(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}
