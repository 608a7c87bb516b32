using Orleans.Runtime;

namespace Innomed.Grains;

/// <summary>
/// <c>IGrainFactory.Get&lt;T&gt;(key)</c>: the same reference as <c>GetGrain&lt;T&gt;(key)</c>, whose
/// Orleans implementation reads the interface's attributes by reflection on every call
/// to find its grain interface type (~2.5% of a <c>journey(id)</c> query's time, sampled). The
/// interface and grain types are taken from the first reference made the usual way, then reused.
/// </summary>
public static class GrainReferences
{
    public static T Get<T>(this IGrainFactory grains, string key) where T : IGrainWithStringKey =>
        Types<T>.Known is { } t
            ? (T)grains.GetGrain(GrainId.Create(t.Grain, key), t.Interface)
            : Types<T>.Learn(grains.GetGrain<T>(key));

    public static T Get<T>(this IGrainFactory grains, Guid key) where T : IGrainWithGuidKey =>
        Types<T>.Known is { } t
            ? (T)grains.GetGrain(GrainId.Create(t.Grain, GrainIdKeyExtensions.CreateGuidKey(key)), t.Interface)
            : Types<T>.Learn(grains.GetGrain<T>(key));

    private sealed record Resolved(GrainType Grain, GrainInterfaceType Interface);

    private static class Types<T>
    {
        // A class, so a reader sees all of it or nothing; a race writes equal values: the mapping
        // from T is fixed for the process.
        public static Resolved? Known;

        public static T Learn(T grain)
        {
            var reference = (GrainReference)(object)grain!;
            Known = new Resolved(reference.GrainId.Type, reference.InterfaceType);
            return grain;
        }
    }
}
