using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.TestServer.TestSchema;

/// <summary>Just enough schema to exercise every transport rule: query, mutation, subscriptions, failures.</summary>
public sealed class TransportTestSchema : GraphQL.Types.Schema
{
    public TransportTestSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<TestQuery>();
        Mutation = services.GetRequiredService<TestMutation>();
        Subscription = services.GetRequiredService<TestSubscription>();
    }
}
