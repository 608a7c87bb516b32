using Orleans.Runtime;

namespace Innomed.Silo.Persistence;

/// <summary>
/// Runs <see cref="SchemaMigrator"/> at the very first silo lifecycle stage. We hook the silo
/// lifecycle rather than an IHostedService because hosted-service order depends on where
/// UseOrleans is called, while every Orleans component that touches the database (membership at
/// RuntimeInitialize, reminders, grain storage at ApplicationServices) starts after stage First,
/// in every host, TestCluster included. A failed migration fails the silo start.
/// </summary>
internal sealed class SchemaMigrationLifecycleParticipant(SchemaMigrator migrator) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaMigrationLifecycleParticipant), ServiceLifecycleStage.First, migrator.MigrateAsync);
}
