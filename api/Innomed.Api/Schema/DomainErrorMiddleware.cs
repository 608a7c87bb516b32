using GraphQL.Instrumentation;
using GraphQL;
using Innomed.Grains.Errors;
using Orleans.Runtime;

namespace Innomed.Api.Schema;

/// <summary>
/// Maps domain exceptions to GraphQL errors in one place, so every field (including fields that
/// land later) answers with the same codes: BAD_USER_INPUT, NOT_FOUND, INVALID_TRANSITION, FORBIDDEN;
/// and the cluster's transient failures as SERVICE_UNAVAILABLE, not as Orleans' exception names.
/// </summary>
public sealed class DomainErrorMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (Known(ex) is { } error)
        {
            throw error;
        }
    }

    public const string ServiceUnavailable =
        "The service did not confirm the change (a server is restarting); read the journey back, then retry.";

    /// <summary>
    /// The error a client gets for <paramref name="ex"/> when we know what it means; null for an
    /// unexpected exception (the transport logs it and answers INTERNAL).
    /// </summary>
    public static InnomedError? Known(Exception ex) => ex switch
    {
        DomainException domain => ToError(domain),
        // A silo died or restarts (calls to it are rejected, or time out if it died mid-call): the
        // change may or may not have been applied, as with the store being unavailable.
        OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException or TimeoutException =>
            new InnomedError(ServiceUnavailable, "SERVICE_UNAVAILABLE"),
        // Orleans wraps an error raised while activating a grain (e.g. the store being unavailable
        // when the grain's state is read); the domain error inside is the answer.
        _ => Inner(ex) is { } inner ? ToError(inner) : null,
    };

    private static DomainException? Inner(Exception ex)
    {
        for (var e = ex.InnerException; e is not null; e = e.InnerException)
            if (e is DomainException domain) return domain;
        return null;
    }

    public static InnomedError ToError(DomainException ex) => ex switch
    {
        InvalidTransitionException t => new InnomedError(t.Message, t.Code, new Dictionary<string, object?>
        {
            ["currentState"] = Names.Constant(t.CurrentState),
            ["permittedActions"] = t.Permitted.Select(Names.Constant).ToArray(),
        }),
        InvalidInputException i => new InnomedError(i.Message, i.Code, new Dictionary<string, object?> { ["field"] = i.Field }),
        OutOfHoursException o => new InnomedError(o.Message, o.Code, new Dictionary<string, object?>
        {
            ["opens"] = o.Opens,
            ["closes"] = o.Closes,
            ["numbers"] = new[]
            {
                new Dictionary<string, string> { ["number"] = "15", ["label"] = "SAMU — urgence vitale / life-threatening emergency" },
                new Dictionary<string, string> { ["number"] = "116117", ["label"] = "Médecin de garde / on-call doctor" },
            },
        }),
        SlotUnavailableException s => new InnomedError(s.Message, s.Code, new Dictionary<string, object?> { ["reason"] = s.Reason }),
        NotFoundException n => new InnomedError(n.Message, n.Code, new Dictionary<string, object?> { ["entity"] = n.Entity }),
        _ => new InnomedError(ex.Message, ex.Code),
    };
}
