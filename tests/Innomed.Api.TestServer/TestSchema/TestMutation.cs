using GraphQL;
using GraphQL.Types;

namespace Innomed.Api.TestServer.TestSchema;

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation(TestCounter counter, TestEventHub hub)
    {
        Name = "Mutation";
        Field<NonNullGraphType<IntGraphType>>("increment")
            .Argument<IntGraphType>("by", a => a.DefaultValue = 1)
            .Resolve(context => counter.Add(context.GetArgument<int>("by")));
        Field<NonNullGraphType<BooleanGraphType>>("publish")
            .Argument<NonNullGraphType<StringGraphType>>("message")
            .Resolve(context =>
            {
                hub.Publish(context.GetArgument<string>("message"));
                return true;
            });
    }
}
