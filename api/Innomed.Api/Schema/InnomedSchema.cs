using GraphQL.Types;

namespace Innomed.Api.Schema;

/// <summary>The gateway's schema (a singleton: graph types hold no per-request state).</summary>
public sealed class InnomedSchema : GraphQL.Types.Schema
{
    public InnomedSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Innomed: unscheduled care coordination around the patient journey.";
    }
}
