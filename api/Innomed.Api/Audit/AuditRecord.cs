namespace Innomed.Api.Audit;

/// <summary>
/// One access to a journey's data, as written to <c>innomed_audit</c>. Only identifiers and codes:
/// never names, arguments or free text, so a record may also be logged when it cannot be stored.
/// </summary>
/// <param name="At">When the access began (UTC).</param>
/// <param name="ActorId">The actor's id, or <c>anonymous</c>.</param>
/// <param name="ActorRole">The actor's role as GraphQL shows it (GP, PATIENT...), or <c>anonymous</c>.</param>
/// <param name="Operation">The root field as a schema coordinate, e.g. <c>Mutation.submitTriage</c>.</param>
/// <param name="JourneyId">The journey touched, when known.</param>
/// <param name="Outcome">See <see cref="AuditOutcome"/>.</param>
/// <param name="Transport"><c>HTTP</c>, <c>WEBSOCKET</c>, or <c>UNKNOWN</c> (executed outside our transports).</param>
/// <param name="RequestId">The HTTP request's trace identifier (for a WebSocket: the upgrade request's).</param>
public sealed record AuditRecord(
    DateTimeOffset At,
    string ActorId,
    string ActorRole,
    string Operation,
    Guid? JourneyId,
    string Outcome,
    string Transport,
    string? RequestId);
