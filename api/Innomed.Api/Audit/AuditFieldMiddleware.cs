using GraphQL;
using GraphQL.Instrumentation;
using GraphQLParser.AST;

namespace Innomed.Api.Audit;

/// <summary>
/// Records one query or mutation root field: checks first that it can be recorded (fail closed),
/// runs it, then records OK or the error code with the journeys it touched. Installed on root
/// fields only, by <see cref="AuditSchemaVisitor"/>, outside every other middleware.
/// </summary>
public sealed class AuditFieldMiddleware(AuditRecorder recorder) : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next) =>
        ResolveAsync(context, next, $"{context.ParentType.Name}.{context.FieldDefinition.Name}");

    internal async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next, string operation)
    {
        recorder.EnsureAccepting();
        var at = recorder.Now;
        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception exception)
        {
            await recorder.RecordAsync(context, operation, at, AuditOutcome.From(exception), JourneyIds.FromArguments(context));
            throw;
        }

        var queued = await recorder.RecordAsync(context, operation, at, AuditOutcome.Ok, JourneyIds.Of(context, result));
        // A read that could not be recorded is not answered. A mutation has happened by now: its
        // record is in the log (see AuditBuffer), and an error would invite a retry that acts twice.
        if (!queued && context.Operation.Operation == OperationType.Query) throw AuditRecorder.Unavailable();
        return result;
    }
}
