using GraphQL;
using GraphQL.Resolvers;

namespace Innomed.Api.Audit;

/// <summary>
/// A subscription root field, recorded once at subscribe time (with the journey from its
/// arguments). Field middleware cannot do this: graphql-dotnet wraps only the per-event resolver,
/// never the stream resolver. Events pushed afterwards are not recorded one by one: at 10,000
/// subscribers that would be 10,000 rows per event (FACTS.md, fan-out).
/// </summary>
internal sealed class AuditedStreamResolver(ISourceStreamResolver inner, AuditRecorder recorder, string operation) : ISourceStreamResolver
{
    public async ValueTask<IObservable<object?>> ResolveAsync(IResolveFieldContext context)
    {
        recorder.EnsureAccepting();
        var at = recorder.Now;
        IObservable<object?> stream;
        try
        {
            stream = await inner.ResolveAsync(context);
        }
        catch (Exception exception)
        {
            await recorder.RecordAsync(context, operation, at, AuditOutcome.From(exception), JourneyIds.FromArguments(context));
            throw;
        }

        await recorder.RecordAsync(context, operation, at, AuditOutcome.Ok, JourneyIds.FromArguments(context));
        return stream;
    }
}
