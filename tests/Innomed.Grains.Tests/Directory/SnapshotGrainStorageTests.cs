using Innomed.Grains.Directory;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Innomed.Grains.Tests.Directory;

/// <summary>
/// The storage decorator hands the provider a copy taken when the write is asked for: the grain may
/// go on changing its state while the provider, later and on another thread, serialises it.
/// </summary>
[Trait("Category", "Grains")]
public sealed class SnapshotGrainStorageTests
{
    private static readonly DeepCopier Copier = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(TerritoryEndedState).Assembly))
        .BuildServiceProvider().GetRequiredService<DeepCopier>();

    [Fact]
    public async Task Given_AStateChangedWhileTheProviderIsStillWriting_When_ItSerialisesLate_Then_ItSeesTheStateAsItWasAskedToWrite()
    {
        var slow = new SlowProvider();
        var storage = new SnapshotGrainStorage(slow, Copier);
        var state = new GrainState<TerritoryEndedState>(new TerritoryEndedState()) { ETag = "1" };
        state.State!.Ended[Guid.NewGuid()] = 3;

        var writing = storage.WriteStateAsync("territory-ended", GrainId.Create("territory", "t"), state);
        for (var i = 0; i < 1_000; i++) state.State.Ended[Guid.NewGuid()] = i; // the grain goes on (interleaved calls)
        slow.Release();
        await writing;

        slow.Serialised.ShouldBe(1, "the write covers the one change made before it was asked for");
        state.ETag.ShouldBe("2", "the new etag comes back to the grain's state");
        state.State.Ended.Count.ShouldBe(1_001);
    }

    /// <summary>Serialises after an await, off the caller's flow, as the ADO.NET provider does once it has a connection.</summary>
    private sealed class SlowProvider : IGrainStorage
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Serialised { get; private set; } = -1;

        public void Release() => _gate.SetResult();

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await _gate.Task.ConfigureAwait(false);
            Serialised = (grainState.State as TerritoryEndedState)!.Ended.Count;
            grainState.ETag = "2";
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
    }
}
