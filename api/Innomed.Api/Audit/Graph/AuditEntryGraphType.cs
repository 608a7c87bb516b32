using System.Globalization;
using GraphQL.Types;

namespace Innomed.Api.Audit.Graph;

/// <summary>One recorded access to a journey: who, when, what, outcome. No patient data.</summary>
public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One recorded read or write of a journey's data.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.Record.At);
        Field<NonNullGraphType<StringGraphType>>("actorId").Resolve(c => c.Source.Record.ActorId);
        Field<NonNullGraphType<StringGraphType>>("actorRole").Description("GP, PATIENT... or anonymous.").Resolve(c => c.Source.Record.ActorRole);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The root field, e.g. Mutation.submitTriage.").Resolve(c => c.Source.Record.Operation);
        Field<IdGraphType>("journeyId").Resolve(c => c.Source.Record.JourneyId);
        Field<NonNullGraphType<StringGraphType>>("outcome").Description("OK, DENIED, or ERROR:<code>.").Resolve(c => c.Source.Record.Outcome);
        Field<NonNullGraphType<StringGraphType>>("transport").Description("HTTP or WEBSOCKET.").Resolve(c => c.Source.Record.Transport);
        Field<StringGraphType>("requestId").Resolve(c => c.Source.Record.RequestId);
    }
}
