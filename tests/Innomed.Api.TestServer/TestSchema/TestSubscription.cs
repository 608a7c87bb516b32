using GraphQL;
using GraphQL.Types;

namespace Innomed.Api.TestServer.TestSchema;

public sealed class TestSubscription : ObjectGraphType
{
    public TestSubscription(TestEventHub hub)
    {
        Name = "Subscription";
        Field<StringGraphType, string>("events").ResolveStream(_ => hub);
        Field<IntGraphType, int>("countdown")
            .Argument<NonNullGraphType<IntGraphType>>("from")
            .ResolveStream(context => new CountdownObservable(context.GetArgument<int>("from")));
        Field<IntGraphType, int>("failing")
            .ResolveStream(_ => new CountdownObservable(3, new InvalidOperationException("secret stream failure")));
    }
}
