using Innomed.Api.Schema.Types;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

/// <summary>A tele-expertise seen from its step (for the current expert, due-by and the converted referral).</summary>
public sealed record TeleExpertiseNode(TeleExpertiseDetails Details, StepNode Step);
