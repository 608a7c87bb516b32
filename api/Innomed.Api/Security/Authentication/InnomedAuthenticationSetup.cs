using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Innomed.Api.Security.Authentication;

/// <summary>
/// What authentication looks like in this process, decided once at start-up from configuration.
/// <list type="bullet">
/// <item><b>Embedded</b>: no <c>ConnectionStrings:Innomed</c> (the README's run command, local SQLite).</item>
/// <item><b>Development sign-in</b>: embedded, and not (environment Production with <c>Innomed:Auth</c>
/// configured). A configured database always turns it off, whatever the environment: it is the
/// mark of a real deployment.</item>
/// <item><b>Authentication required</b>: unless <c>Innomed:AllowAnonymousAsSystem</c> is true (the
/// embedded demo default until the web app signs in, and older end-to-end tests), anonymous
/// WebSockets are refused and anonymous HTTP callers get UNAUTHENTICATED.</item>
/// </list>
/// </summary>
public sealed class InnomedAuthenticationSetup
{
    /// <summary>Scheme validating tokens of the configured identity provider.</summary>
    public const string ProviderScheme = "Bearer";

    /// <summary>Scheme validating tokens issued by the development sign-in.</summary>
    public const string DevScheme = "InnomedDev";

    /// <summary>Policy scheme choosing between the two by the token's issuer, when both exist.</summary>
    public const string SelectorScheme = "Innomed";

    private InnomedAuthenticationSetup(InnomedAuthOptions provider, bool devSignIn, bool requireAuthentication, string dataDirectory)
    {
        Provider = provider;
        DevSignInEnabled = devSignIn;
        RequireAuthentication = requireAuthentication;
        DataDirectory = dataDirectory;
    }

    /// <summary>The <c>Innomed:Auth</c> settings (may be unconfigured).</summary>
    public InnomedAuthOptions Provider { get; }

    public bool DevSignInEnabled { get; }

    public bool RequireAuthentication { get; }

    /// <summary>Absolute <c>Innomed:DataDirectory</c>, where the development signing key lives.</summary>
    public string DataDirectory { get; }

    /// <summary>The scheme <c>UseAuthentication</c> runs for every request.</summary>
    public string DefaultScheme =>
        !DevSignInEnabled ? ProviderScheme : Provider.IsConfigured ? SelectorScheme : DevScheme;

    public static InnomedAuthenticationSetup From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var provider = new InnomedAuthOptions();
        configuration.GetSection(InnomedAuthOptions.SectionName).Bind(provider);
        provider.Validate();

        var embedded = string.IsNullOrWhiteSpace(configuration.GetConnectionString("Innomed"));
        var devSignIn = embedded && !(environment.IsProduction() && provider.IsConfigured);
        var anonymousAllowed = configuration.GetValue("Innomed:AllowAnonymousAsSystem", false);
        if (!provider.IsConfigured && !devSignIn && !anonymousAllowed)
        {
            // A database without an identity provider could never let anybody in: say so at start-up.
            throw new InvalidOperationException(
                $"ConnectionStrings:Innomed is set but {InnomedAuthOptions.SectionName} is not: configure Authority, or Issuer, Audience and SigningKeys.");
        }

        var directory = configuration["Innomed:DataDirectory"] is { Length: > 0 } configured ? configured : "./.data";
        if (!Path.IsPathRooted(directory))
        {
            directory = Path.Combine(environment.ContentRootPath, directory);
        }

        return new InnomedAuthenticationSetup(provider, devSignIn, !anonymousAllowed, Path.GetFullPath(directory));
    }
}
