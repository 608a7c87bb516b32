using Innomed.Grains.Capacity;
using Innomed.Silo.Persistence.CapacityHistory;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Innomed.Silo.Persistence;

/// <summary>Wires Innomed's clustering, grain storage and reminders onto a silo.</summary>
public static class InnomedStorageSiloBuilderExtensions
{
    /// <summary>Name of the grain storage: <c>[PersistentState("journey", "innomed")]</c>. It is also the default storage.</summary>
    public const string StorageName = "innomed";

    /// <summary>ADO.NET invariant for PostgreSQL.</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>ADO.NET invariant for SQLite; Orleans maps it to Microsoft.Data.Sqlite's factory.</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    /// <summary>
    /// PostgreSQL mode when <c>ConnectionStrings:Innomed</c> is set: ADO.NET clustering, grain storage
    /// and reminders on Npgsql. Embedded mode otherwise: localhost clustering, grain storage and
    /// reminders in <c>{Innomed:DataDirectory}/innomed.db</c> (default <c>./.data</c>).
    /// Also reads <c>Orleans:ClusterId</c>, <c>Orleans:ServiceId</c> (default "innomed"),
    /// <c>Orleans:SiloPort</c> (11111), <c>Orleans:GatewayPort</c> (30000) and
    /// <c>Innomed:MigrateOnStart</c> (true). Orleans' own <c>Orleans:Clustering:ProviderType</c> and
    /// <c>Orleans:Endpoints</c> sections, when present, take precedence over ours.
    /// </summary>
    public static ISiloBuilder UseInnomedStorage(this ISiloBuilder silo, IConfiguration configuration, IHostEnvironment? env = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var settings = InnomedStorageSettings.Read(configuration, env);
        var invariant = settings.Provider == SchemaProvider.PostgreSql ? PostgresInvariant : SqliteInvariant;

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });

        if (settings.MigrateOnStart)
        {
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => new SchemaMigrationLifecycleParticipant(
                new SchemaMigrator(settings.ConnectionString, settings.Provider, sp.GetService<ILogger<SchemaMigrator>>())));
        }

        ConfigureClustering(silo, settings);
        silo.AddIncomingGrainCallFilter<StorageFailureCallFilter>();

        // The capacity time series lives next to the grain state, in the same database.
        silo.Services.AddSingleton<ICapacityHistoryStore>(_ => settings.Provider == SchemaProvider.PostgreSql
            ? new PostgresCapacityHistoryStore(new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(settings.ConnectionString)
                { MaxPoolSize = 4, ApplicationName = "innomed-capacity-history" }.ConnectionString).Build())
            : new SqliteCapacityHistoryStore(settings.ConnectionString));

        // Reminders are durable in both modes: a journey's overdue escalation must fire after a restart.
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = invariant;
            o.ConnectionString = settings.ConnectionString;
        });

        silo.Services.AddAdoNetGrainStorage(StorageName, ob => ob.Configure<Serializer>((o, serializer) =>
        {
            o.Invariant = invariant;
            o.ConnectionString = settings.ConnectionString;
            // Orleans' own version-tolerant codec, keyed by [Id]: a field added to a state class
            // reads as its default from older rows, a removed one is skipped. See README/report.
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));

        // Database failures become a typed, serializable StorageUnavailableException (STORAGE_UNAVAILABLE).
        var provider = silo.Services.Last(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService
            && Equals(d.ServiceKey, StorageName) && d.KeyedImplementationFactory is not null);
        silo.Services.Remove(provider);
        silo.Services.AddKeyedSingleton<IGrainStorage>(StorageName, (sp, key) => new StorageFailureGrainStorage(
            (IGrainStorage)provider.KeyedImplementationFactory!(sp, key), sp.GetRequiredService<ILogger<StorageFailureGrainStorage>>()));
        // Outermost: the state is copied on the grain's thread before anything awaits.
        Innomed.Grains.SnapshotGrainStorage.Decorate(silo.Services, StorageName);

        // The same instance serves [PersistentState] without a storage name.
        silo.Services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
            (sp, _) => sp.GetRequiredKeyedService<IGrainStorage>(StorageName));
        silo.Services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IGrainStorage>(StorageName));

        return silo;
    }

    private static void ConfigureClustering(ISiloBuilder silo, InnomedStorageSettings settings)
    {
        if (settings.Provider == SchemaProvider.PostgreSql)
        {
            if (!settings.ClusteringConfiguredByOrleans)
            {
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = PostgresInvariant;
                    o.ConnectionString = settings.ConnectionString;
                });
            }

            if (!settings.EndpointsConfiguredByOrleans)
            {
                silo.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort);
            }

            return;
        }

        if (!settings.ClusteringConfiguredByOrleans)
        {
            // One process, no membership table needed; also binds loopback endpoints.
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
        }
        else if (!settings.EndpointsConfiguredByOrleans)
        {
            silo.ConfigureEndpoints(System.Net.IPAddress.Loopback, settings.SiloPort, settings.GatewayPort);
        }
    }
}
