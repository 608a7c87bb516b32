using Innomed.Api.Documents;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Documents;

/// <summary>A journey's file: its stored documents and the reports of its completed steps.</summary>
public sealed record PatientFile(JourneySnapshot Journey, IReadOnlyList<StoredDocument> Documents);
