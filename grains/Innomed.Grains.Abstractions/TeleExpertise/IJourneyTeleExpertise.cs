using Innomed.Grains.Journeys;

namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// The tele-expertise commands of a journey. The journey grain implements it (same key, same
/// activation as <see cref="IJourneyGrain"/>), so a request lives in the journey tree and its
/// timeline; like every journey command, each appends one event or throws and changes nothing.
/// </summary>
[Alias("innomed.IJourneyTeleExpertise")]
public interface IJourneyTeleExpertise : IGrainWithGuidKey
{
    /// <summary>Adds a TELE_EXPERTISE step addressed to the expert, with its due-by reminder.</summary>
    [Alias("request")] Task<StepOutcome> RequestTeleExpertiseAsync(TeleExpertiseRequest request, Actor actor);

    /// <summary>The current expert answers: the step completes and the remunerated acts are recorded.</summary>
    [Alias("answer")] Task<StepOutcome> AnswerTeleExpertiseAsync(TeleExpertiseAnswer answer, Actor actor);

    /// <summary>The current expert converts the question into a REFERRAL step; the question closes as converted.</summary>
    [Alias("convert")] Task<StepOutcome> ConvertTeleExpertiseAsync(TeleExpertiseConversion conversion, Actor actor);
}
