using Innomed.Api.Security.Authentication.DevSignIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Security.Authentication;

/// <summary>Adds authentication to the request pipeline and, in the embedded run only, the development sign-in.</summary>
public static class InnomedAuthenticationApplicationExtensions
{
    /// <summary>
    /// Authenticates every request from its bearer header; a present but invalid token gets 401.
    /// Call before the GraphQL endpoint runs (anywhere before <c>app.Run()</c> with minimal hosting).
    /// </summary>
    public static WebApplication UseInnomedAuthentication(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseMiddleware<InvalidBearerTokenMiddleware>();
        return app;
    }

    /// <summary>
    /// Maps <c>/auth/dev/users</c> and <c>/auth/dev/sign-in</c> when the development sign-in is
    /// enabled; otherwise maps nothing, so the routes answer 404.
    /// </summary>
    public static WebApplication MapInnomedDevSignIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<InnomedAuthenticationSetup>().DevSignInEnabled)
        {
            // Create (or read) the key now: an unwritable data directory should stop start-up, not the first sign-in.
            app.Services.GetRequiredService<DevSigningKey>();
            DevSignInEndpoints.Map(app);
        }

        return app;
    }
}
