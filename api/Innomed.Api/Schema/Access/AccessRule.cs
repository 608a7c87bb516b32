using GraphQL;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Access;

/// <summary>Decides whether an actor may resolve a field, given its arguments and parent.</summary>
public delegate bool AccessRule(Actor actor, IResolveFieldContext context);
