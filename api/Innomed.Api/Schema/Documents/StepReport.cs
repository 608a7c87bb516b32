using Innomed.Api.Documents;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Documents;

/// <summary>A completed step's report, with the documents filed under the step.</summary>
public sealed record StepReport(StepSnapshot Step, JourneySnapshot Journey, IReadOnlyList<StoredDocument> Documents);
