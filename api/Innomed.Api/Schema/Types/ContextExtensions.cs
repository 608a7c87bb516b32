using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Schema.Types;

internal static class ContextExtensions
{
    public static GrainLoader Loader(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GrainLoader>();

    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();

    /// <summary>The journeys of an index (newest first), at most the field's <c>first</c> argument (default 50, max 200).</summary>
    public static async Task<IReadOnlyList<Grains.Journeys.JourneySnapshot>> FirstJourneysAsync(this IResolveFieldContext context,
        Task<IReadOnlyList<Grains.Journeys.JourneySummary>> index)
    {
        var first = Math.Clamp(context.GetArgument("first", 50), 0, 200);
        return await context.Loader().JourneysAsync((await index).Take(first).Select(s => s.JourneyId));
    }
}
