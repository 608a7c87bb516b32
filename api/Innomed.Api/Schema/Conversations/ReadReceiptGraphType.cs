using GraphQL.Types;
using Innomed.Grains.Conversations;

namespace Innomed.Api.Schema.Conversations;

public sealed class ReadReceiptGraphType : ObjectGraphType<ReadReceipt>
{
    public ReadReceiptGraphType()
    {
        Name = "ReadReceipt";
        Description = "How far a participant has read: every message up to lastReadSequence.";
        Field<NonNullGraphType<IdGraphType>>("participantId").Resolve(c => c.Source.ParticipantId);
        Field<NonNullGraphType<StringGraphType>>("role").Resolve(c => Names.Constant(c.Source.Role.ToString()));
        Field<NonNullGraphType<IntGraphType>>("lastReadSequence").Resolve(c => (int)c.Source.LastReadSequence);
        Field(x => x.ReadAt);
    }
}
