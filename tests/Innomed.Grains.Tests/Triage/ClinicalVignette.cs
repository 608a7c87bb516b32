using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Triage;

/// <summary>
/// A named clinical situation, its answers ("code=value|…"), the level a GP expects and the reason code
/// that must explain it. Walked vignettes go through the chatbot; the others are evaluated as submitted
/// (a clinician's form, an old client) to pin what happens to incomplete or odd answers.
/// </summary>
public sealed record ClinicalVignette(string Name, TriageLevel Expected, string Reason, string Answers, bool Walked = true);
