using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Innomed.Api.Security.Hardening;

/// <summary>Whether <c>__schema</c>/<c>__type</c> are answered: see <see cref="InnomedLimitsOptions.AllowIntrospection"/>.</summary>
public static class IntrospectionPolicy
{
    /// <summary>
    /// Off in a real deployment (Production with a database), where the schema is published in the
    /// repository anyway and introspection only helps an attacker map it; on in the embedded and
    /// development runs so the bundled GraphiQL can complete and document queries.
    /// </summary>
    public static bool IsAllowed(InnomedLimitsOptions limits, IConfiguration configuration, IHostEnvironment environment) =>
        limits.AllowIntrospection
        ?? !(environment.IsProduction() && !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Innomed")));
}
