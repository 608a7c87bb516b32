using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Schema.Types;

internal static class ContextExtensions
{
    public static GrainLoader Loader(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GrainLoader>();

    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();
}
