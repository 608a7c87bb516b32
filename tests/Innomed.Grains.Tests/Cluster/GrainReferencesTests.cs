using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;
using Innomed.Grains.Labs;
using Orleans.Runtime;

namespace Innomed.Grains.Tests.Cluster;

/// <summary><c>Get&lt;T&gt;</c> makes the very reference <c>GetGrain&lt;T&gt;</c> makes, on its first call and after.</summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainReferencesTests(ClusterFixture fixture)
{
    private static (GrainId Id, GrainInterfaceType Interface) Of(object grain) =>
        (((GrainReference)grain).GrainId, ((GrainReference)grain).InterfaceType);

    [Fact]
    public async Task Given_StringKeys_When_ReferencedTwice_Then_SameAsGetGrainAndCallable()
    {
        foreach (var key in new[] { "ref-a", "ref-b" })
        {
            var ours = fixture.Client.Get<IPractitionerGrain>(key);
            Of(ours).ShouldBe(Of(fixture.Client.GetGrain<IPractitionerGrain>(key)));
            (await ours.GetProfileAsync()).ShouldBeNull(); // never registered: the call reaches the grain
        }
    }

    [Fact]
    public void Given_GuidKeys_When_ReferencedTwice_Then_SameAsGetGrain()
    {
        foreach (var key in new[] { Guid.NewGuid(), Guid.NewGuid() })
            Of(fixture.Client.Get<IJourneyGrain>(key)).ShouldBe(Of(fixture.Client.GetGrain<IJourneyGrain>(key)));
    }

    [Fact]
    public void Given_TwoInterfacesOfOneGrain_When_Referenced_Then_EachKeepsItsOwnInterface()
    {
        var id = Guid.NewGuid();
        Of(fixture.Client.Get<IJourneyLabs>(id)).ShouldBe(Of(fixture.Client.GetGrain<IJourneyLabs>(id)));
        Of(fixture.Client.Get<IJourneyGrain>(id)).Interface.ShouldNotBe(Of(fixture.Client.Get<IJourneyLabs>(id)).Interface);
    }
}
