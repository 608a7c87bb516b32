using System.Collections.Concurrent;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Audit;

/// <summary>
/// Which journeys a root field touched: from its result when it returned journeys (all of them
/// for a list), else from its arguments (<c>journeyId</c>, <c>input.journeyId</c>, or <c>id</c> on
/// a field returning a Journey). A field with neither is still recorded, without a journey.
/// </summary>
internal static class JourneyIds
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> InputProperties = new();

    public static IReadOnlyList<Guid> Of(IResolveFieldContext context, object? result)
    {
        var fromResult = FromResult(result);
        return fromResult.Count > 0 ? fromResult : FromArguments(context);
    }

    public static IReadOnlyList<Guid> FromResult(object? result) => result switch
    {
        JourneySnapshot j => [j.Id],
        JourneyPayload p => [p.Journey.Id],
        StepPayload p => [p.Journey.Id],
        JourneyConnection c => c.Journeys.Select(j => j.Id).ToArray(),
        IEnumerable<JourneySnapshot> list => list.Select(j => j.Id).ToArray(),
        _ => [],
    };

    public static IReadOnlyList<Guid> FromArguments(IResolveFieldContext context)
    {
        var arguments = context.Arguments;
        if (arguments is null) return [];
        if (arguments.TryGetValue("journeyId", out var direct) && Parse(direct.Value) is { } a) return [a];
        if (arguments.TryGetValue("input", out var input) && Parse(JourneyIdOf(input.Value)) is { } b) return [b];
        if (arguments.TryGetValue("id", out var id) && context.FieldDefinition.ResolvedType?.GetNamedType().Name == "Journey"
            && Parse(id.Value) is { } c) return [c];
        return [];
    }

    // Input objects arrive as their CLR input class (SubmitTriageInput...) or as a dictionary.
    private static object? JourneyIdOf(object? input) => input switch
    {
        null => null,
        IDictionary<string, object?> map => map.TryGetValue("journeyId", out var v) ? v : null,
        _ => InputProperties.GetOrAdd(input.GetType(), t => t.GetProperty("JourneyId", BindingFlags.Public | BindingFlags.Instance))?.GetValue(input),
    };

    private static Guid? Parse(object? value) => value switch
    {
        Guid g when g != Guid.Empty => g,
        string s when Guid.TryParse(s, out var g) && g != Guid.Empty => g,
        _ => null,
    };
}
