namespace Innomed.IntegrationTests.Persistence;

/// <summary>Writes and reads grain state through the "innomed" storage and the default storage.</summary>
public interface IPersistenceProbeGrain : IGrainWithStringKey
{
    Task RecordAsync(string text, int number);

    Task<ProbeSnapshot> GetAsync();
}
