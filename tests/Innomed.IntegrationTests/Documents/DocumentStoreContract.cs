using System.Security.Cryptography;
using Innomed.Api.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.IntegrationTests.Documents;

/// <summary>The same expectations of the document store on PostgreSQL and on the embedded SQLite file.</summary>
public abstract class DocumentStoreContract
{
    protected abstract Task<Dictionary<string, string?>> SettingsAsync();

    private async Task<(ServiceProvider Services, IDocumentStore Store)> StoreAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(await SettingsAsync()).Build();
        var services = new ServiceCollection().AddInnomedDocuments(configuration).BuildServiceProvider();
        return (services, services.GetRequiredService<IDocumentStore>());
    }

    internal static StoredDocument Document(Guid journeyId, byte[] content, DateTimeOffset at, DocumentKind kind = DocumentKind.Result,
        Prescription? prescription = null) => new()
        {
            Id = Guid.NewGuid(), JourneyId = journeyId, Kind = kind, Name = "Résultats « NFS » 'x'; DROP TABLE innomed_documents; --",
            ContentType = DocumentContent.Pdf, Size = content.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            UploadedBy = "10000000001", UploadedByRole = "GP", UploadedAt = at, Prescription = prescription,
        };

    [Fact]
    public async Task GivenADocument_WhenSavedAndReadBack_ThenMetadataAndEveryByteRoundTrip()
    {
        var (services, store) = await StoreAsync();
        await using var _ = services;
        var content = new byte[3 * 1024 * 1024];
        Random.Shared.NextBytes(content);
        "%PDF-"u8.CopyTo(content);
        var prescription = new Prescription(PrescriptionCategory.Medication,
            [new PrescriptionLine("Amoxicilline 1 g", "1 cp matin et soir", "7 jours", "2 boîtes")], "À jeun", "10000000001");
        var document = Document(Guid.NewGuid(), content, DateTimeOffset.UtcNow, DocumentKind.Prescription, prescription);

        await store.SaveAsync(document, content, CancellationToken.None);

        var read = await store.GetAsync(document.Id, CancellationToken.None);
        read.ShouldNotBeNull();
        (read with { UploadedAt = document.UploadedAt, Prescription = null }).ShouldBe(document with { Prescription = null });
        read.UploadedAt.ShouldBe(document.UploadedAt, TimeSpan.FromMilliseconds(1));
        read.Prescription!.Lines.ShouldBe(prescription.Lines);
        (read.Prescription.Category, read.Prescription.Notes, read.Prescription.PrescriberId).ShouldBe((prescription.Category, prescription.Notes, prescription.PrescriberId));
        (await store.ReadContentAsync(document.Id, CancellationToken.None)).ShouldBe(content);
        (await store.GetAsync(Guid.NewGuid(), CancellationToken.None)).ShouldBeNull();
        (await store.ReadContentAsync(Guid.NewGuid(), CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task GivenDocumentsOfTwoJourneys_WhenOneJourneyIsListed_ThenOnlyItsDocumentsComeOldestFirstAndBounded()
    {
        var (services, store) = await StoreAsync();
        await using var _ = services;
        var journey = Guid.NewGuid();
        var start = DateTimeOffset.UtcNow;
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var d = Document(journey, [(byte)'%', (byte)'P', (byte)i], start.AddSeconds(i));
            ids.Add(d.Id);
            await store.SaveAsync(d, new byte[] { (byte)'%', (byte)'P', (byte)i }, CancellationToken.None);
        }
        await store.SaveAsync(Document(Guid.NewGuid(), [1], start), new byte[] { 1 }, CancellationToken.None);

        (await store.ListAsync(journey, 100, CancellationToken.None)).Select(d => d.Id).ShouldBe(ids);
        (await store.ListAsync(journey, 2, CancellationToken.None)).Select(d => d.Id).ShouldBe(ids.Take(2));
    }

    [Fact]
    public async Task GivenADocument_WhenLinkedToAStepAndUnlinked_ThenOnlyItsStepChanges()
    {
        var (services, store) = await StoreAsync();
        await using var _ = services;
        var document = Document(Guid.NewGuid(), [1, 2, 3], DateTimeOffset.UtcNow);
        await store.SaveAsync(document, new byte[] { 1, 2, 3 }, CancellationToken.None);
        var step = Guid.NewGuid();

        (await store.LinkAsync(document.Id, step, CancellationToken.None)).ShouldBeTrue();
        (await store.GetAsync(document.Id, CancellationToken.None))!.StepId.ShouldBe(step);
        (await store.LinkAsync(document.Id, null, CancellationToken.None)).ShouldBeTrue();
        var read = await store.GetAsync(document.Id, CancellationToken.None);
        read!.StepId.ShouldBeNull();
        read.Sha256.ShouldBe(document.Sha256);
        (await store.LinkAsync(Guid.NewGuid(), step, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task GivenASizeThatDoesNotMatchTheContent_WhenSaved_ThenTheDatabaseRefusesIt()
    {
        var (services, store) = await StoreAsync();
        await using var _ = services;
        var document = Document(Guid.NewGuid(), [1, 2, 3], DateTimeOffset.UtcNow) with { Size = 99 };

        await Should.ThrowAsync<Exception>(() => store.SaveAsync(document, new byte[] { 1, 2, 3 }, CancellationToken.None));
        (await store.GetAsync(document.Id, CancellationToken.None)).ShouldBeNull();
    }
}
