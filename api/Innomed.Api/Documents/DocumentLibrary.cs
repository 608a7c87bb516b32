using System.Security.Cryptography;
using Innomed.Api.Schema;
using Innomed.Api.Schema.Access;
using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Documents;

/// <summary>
/// The rules of stored documents, shared by the HTTP upload/download endpoints and the GraphQL fields:
/// a document belongs to one journey (optionally one of its steps) and is visible to whoever may read
/// that journey (<see cref="JourneyAccess"/>); its type is recognised from its bytes; its size is capped.
/// </summary>
public sealed class DocumentLibrary(IDocumentStore store, IGrainFactory grains, IOptions<DocumentOptions> options, TimeProvider time)
{
    public const int MaxNameLength = 200;

    /// <summary>Roles that write prescriptions.</summary>
    public static readonly ActorRole[] Prescribers = [ActorRole.Gp, ActorRole.Specialist, ActorRole.HospitalStaff];

    public DocumentOptions Options => options.Value;

    public IDocumentStore Store => store;

    /// <summary>Checks and stores an uploaded file. Throws domain errors (access, input) or <see cref="DocumentRejectedException"/>.</summary>
    public async Task<StoredDocument> UploadAsync(Actor actor, Guid journeyId, Guid? stepId, DocumentKind kind, string? name,
        string? declaredType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var journey = await ReadableJourneyAsync(actor, journeyId);
        CheckStep(journey, stepId);
        var checkedName = CheckName(name);
        if (content.Length > Options.MaxBytes)
            throw new DocumentRejectedException(DocumentRejectedException.TooLarge, $"At most {Options.MaxBytes} bytes.");
        var contentType = DocumentContent.Check(declaredType, content.Span);
        if (kind == DocumentKind.Prescription && !Prescribers.Contains(actor.Role) && actor.Role != ActorRole.System)
            throw new ForbiddenException("Only prescribers file prescriptions.");
        var document = Describe(actor, journeyId, stepId, kind, checkedName, contentType, content.Span, null);
        await store.SaveAsync(document, content, cancellationToken);
        return document;
    }

    /// <summary>Renders and stores a prescription written by a GP, specialist or hospital doctor of the care team.</summary>
    public async Task<StoredDocument> PrescribeAsync(Actor actor, Guid journeyId, Guid? stepId, PrescriptionCategory category,
        IReadOnlyList<PrescriptionLine> lines, string? notes, CancellationToken cancellationToken)
    {
        if (!Prescribers.Contains(actor.Role) && actor.Role != ActorRole.System)
            throw new ForbiddenException("Only prescribers write prescriptions.");
        var journey = await ReadableJourneyAsync(actor, journeyId);
        CheckStep(journey, stepId);
        if (journey.IsEnded) throw new InvalidInputException("journeyId", "This journey has ended.");
        if (lines.Count is 0 or > 30) throw new InvalidInputException("lines", "Between 1 and 30 lines.");
        var clean = lines.Select((l, i) => new PrescriptionLine(
            Text(l.Text, $"lines[{i}].text", 500, required: true)!,
            Text(l.Dosage, $"lines[{i}].dosage", 300),
            Text(l.Duration, $"lines[{i}].duration", 100),
            Text(l.Quantity, $"lines[{i}].quantity", 100))).ToArray();
        var prescription = new Prescription(category, clean, Text(notes, "notes", 2000), actor.Id);
        var prescriber = actor.Role == ActorRole.System ? null : await grains.Get<IPractitionerGrain>(actor.Id).GetProfileAsync();
        var now = time.GetUtcNow();
        var sheet = new PrescriptionSheet(
            prescriber is null ? actor.Id : $"Dr {prescriber.GivenName} {prescriber.FamilyName}",
            actor.Id, prescriber?.Specialty,
            $"{journey.Patient.GivenName} {journey.Patient.FamilyName}", journey.Patient.BirthDate,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Paris).DateTime), journeyId, prescription);
        var pdf = PrescriptionRenderer.Render(sheet);
        var name = $"ordonnance-{now.UtcDateTime:yyyyMMdd-HHmmss}.pdf";
        var document = Describe(actor, journeyId, stepId, DocumentKind.Prescription, name, DocumentContent.Pdf, pdf, prescription);
        await store.SaveAsync(document, pdf, cancellationToken);
        return document;
    }

    /// <summary>The document when the actor may read its journey; NOT_FOUND when there is none.</summary>
    public async Task<(StoredDocument Document, JourneySnapshot Journey)> ReadableAsync(Actor actor, Guid documentId, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(documentId, cancellationToken) ?? throw new NotFoundException("Document", documentId.ToString());
        var journey = await ReadableJourneyAsync(actor, document.JourneyId);
        return (document, journey);
    }

    /// <summary>A journey's documents; FORBIDDEN outside its care team.</summary>
    public async Task<IReadOnlyList<StoredDocument>> ListAsync(Actor actor, Guid journeyId, CancellationToken cancellationToken)
    {
        await ReadableJourneyAsync(actor, journeyId);
        return await store.ListAsync(journeyId, Options.MaxPerJourney, cancellationToken);
    }

    /// <summary>Links a document of the journey to one of its steps (null: to the journey only). Professionals of the care team.</summary>
    public async Task<StoredDocument> LinkAsync(Actor actor, Guid journeyId, Guid documentId, Guid? stepId, CancellationToken cancellationToken)
    {
        var (document, journey) = await ReadableAsync(actor, documentId, cancellationToken);
        if (document.JourneyId != journeyId) throw new NotFoundException("Document", documentId.ToString());
        if (actor.Role == ActorRole.Patient) throw new ForbiddenException("The care team files documents under steps.");
        CheckStep(journey, stepId);
        await store.LinkAsync(documentId, stepId, cancellationToken);
        return document with { StepId = stepId };
    }

    /// <summary>Attachments of a message or a tele-expertise request must be documents of the same journey.</summary>
    public async Task EnsureAttachedToAsync(Guid journeyId, IEnumerable<Guid> documentIds, CancellationToken cancellationToken)
    {
        foreach (var id in documentIds)
        {
            var document = await store.GetAsync(id, cancellationToken);
            if (document is null || document.JourneyId != journeyId) throw new NotFoundException("Document", id.ToString());
        }
    }

    public async Task<JourneySnapshot> ReadableJourneyAsync(Actor actor, Guid journeyId)
    {
        var journey = await grains.Get<IJourneyGrain>(journeyId).GetAsync() ?? throw new NotFoundException("Journey", journeyId.ToString());
        if (!JourneyAccess.CanRead(actor, journey)) throw new ForbiddenException("This journey is outside your care team.");
        return journey;
    }

    /// <summary>
    /// A display name, not a path: 1–200 printable characters, no slash, backslash or leading dot, so it
    /// can never name a file anywhere (we never write documents to disk) nor a hidden one on download.
    /// </summary>
    public static string CheckName(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxNameLength)
            throw new InvalidInputException("name", $"A document needs a name of 1 to {MaxNameLength} characters.");
        if (trimmed.Any(c => char.IsControl(c) || c is '/' or '\\' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            || trimmed.StartsWith('.'))
            throw new InvalidInputException("name", "A name is not a path: no slash, backslash, leading dot or control character.");
        return trimmed;
    }

    private static void CheckStep(JourneySnapshot journey, Guid? stepId)
    {
        if (stepId is { } id && journey.FindStep(id) is null) throw new NotFoundException("Step", id.ToString());
    }

    private static string? Text(string? value, string field, int max, bool required = false)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return required ? throw new InvalidInputException(field, "Required.") : null;
        if (trimmed.Length > max) throw new InvalidInputException(field, $"At most {max} characters.");
        return trimmed;
    }

    private StoredDocument Describe(Actor actor, Guid journeyId, Guid? stepId, DocumentKind kind, string name, string contentType,
        ReadOnlySpan<byte> content, Prescription? prescription) => new()
        {
            Id = Guid.NewGuid(),
            JourneyId = journeyId,
            StepId = stepId,
            Kind = kind,
            Name = name,
            ContentType = contentType,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            UploadedBy = actor.Id,
            UploadedByRole = Names.Constant(actor.Role.ToString()),
            UploadedAt = time.GetUtcNow(),
            Prescription = prescription,
        };

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
