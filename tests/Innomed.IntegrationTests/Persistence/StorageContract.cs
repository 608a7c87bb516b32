using Innomed.Silo.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Innomed.IntegrationTests.Persistence;

/// <summary>
/// Checks the configured "innomed" IGrainStorage directly (same provider, serializer and SQL the
/// grains use), for behaviour a grain cannot easily provoke: schema evolution and ETag conflicts.
/// </summary>
internal static class StorageContract
{
    public static IServiceProvider SiloServices(TestCluster cluster) =>
        ((InProcessSiloHandle)cluster.Silos[0]).SiloHost.Services;

    public static IGrainStorage Storage(TestCluster cluster) =>
        SiloServices(cluster).GetRequiredKeyedService<IGrainStorage>(InnomedStorageSiloBuilderExtensions.StorageName);

    public static async Task StateWrittenByV1IsReadByV2Async(TestCluster cluster)
    {
        var services = SiloServices(cluster);
        var options = services.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>().Get(InnomedStorageSiloBuilderExtensions.StorageName);
        options.GrainStorageSerializer.ShouldBeOfType<OrleansGrainStorageSerializer>();

        var storage = Storage(cluster);
        var grainId = GrainId.Create("escalation", Guid.NewGuid().ToString("N"));
        var written = new GrainState<EscalationStateV1>(new EscalationStateV1 { JourneyId = "J-1", Level = 2 });
        await storage.WriteStateAsync("Innomed.Escalation", grainId, written);

        var read = new GrainState<EscalationStateV2>(new EscalationStateV2());
        await storage.ReadStateAsync("Innomed.Escalation", grainId, read);

        read.RecordExists.ShouldBeTrue();
        read.ETag.ShouldBe(written.ETag);
        read.State.ShouldNotBeNull();
        read.State.JourneyId.ShouldBe("J-1");
        read.State.Level.ShouldBe(2);
        read.State.Channel.ShouldBe("sms");
        read.State.Retries.ShouldBe(0);

        // And V2 keeps writing on top of the V1 row.
        read.State.Retries = 1;
        await storage.WriteStateAsync("Innomed.Escalation", grainId, read);
        read.ETag.ShouldBe("2");
    }

    public static async Task StaleAndDuplicateWritesAreRejectedAsync(TestCluster cluster)
    {
        var storage = Storage(cluster);
        var grainId = GrainId.Create("escalation", Guid.NewGuid().ToString("N"));

        var winner = new GrainState<EscalationStateV1>(new EscalationStateV1 { Level = 1 });
        await storage.WriteStateAsync("Innomed.Escalation", grainId, winner);
        winner.ETag.ShouldBe("1");

        // A second activation that never read the row must not create a second one.
        var duplicate = new GrainState<EscalationStateV1>(new EscalationStateV1 { Level = 9 });
        await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteStateAsync("Innomed.Escalation", grainId, duplicate));

        await storage.WriteStateAsync("Innomed.Escalation", grainId, winner);
        winner.ETag.ShouldBe("2");

        // A writer holding the old version loses.
        var stale = new GrainState<EscalationStateV1>(new EscalationStateV1 { Level = 5 }) { ETag = "1", RecordExists = true };
        await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteStateAsync("Innomed.Escalation", grainId, stale));

        // Clearing keeps the version chain going and reads back as "no record".
        await storage.ClearStateAsync("Innomed.Escalation", grainId, winner);
        winner.ETag.ShouldBe("3");
        var afterClear = new GrainState<EscalationStateV1>(new EscalationStateV1());
        await storage.ReadStateAsync("Innomed.Escalation", grainId, afterClear);
        afterClear.RecordExists.ShouldBeFalse();
        afterClear.ETag.ShouldBe("3");
        afterClear.State.ShouldNotBeNull();
        afterClear.State.Level.ShouldBe(0);
    }
}
