using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.TestServer.TestSchema;

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery(TestCounter counter)
    {
        Name = "Query";
        Field<StringGraphType>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}");
        Field<NonNullGraphType<IntGraphType>>("counter").Resolve(_ => counter.Value);
        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("secret connection string"));
        Field<StringGraphType>("notFound").Resolve(_ => throw new ExecutionError("Journey not found") { Code = "NOT_FOUND" });
        Field<StringGraphType>("scopeId").Resolve(context => context.RequestServices!.GetRequiredService<RequestScopeMarker>().Id);
        Field<StringGraphType>("viewer").Resolve(context =>
            context.UserContext.TryGetValue("viewer", out var viewer) ? viewer as string : context.User?.Identity?.Name ?? "anonymous");
        Field<StringGraphType>("slow")
            .Argument<NonNullGraphType<IntGraphType>>("ms")
            .ResolveAsync(async context =>
            {
                await Task.Delay(context.GetArgument<int>("ms"), context.CancellationToken);
                return "done";
            });
    }
}
