using Innomed.Grains.Journeys;

namespace Innomed.Grains.Conversations;

/// <summary>
/// Who takes part in a journey's conversation: the patient who owns it, the GP in charge, every
/// requester and performer of its steps (a unit's staff for a unit), and the SAMU regulator of an
/// emergency. Narrower than who may read the journey: GPs looking at the territory's queue read it,
/// but join the conversation by taking charge.
/// </summary>
public static class CareTeam
{
    public static bool IsParticipant(Actor actor, JourneySnapshot journey) => actor.Role switch
    {
        ActorRole.System => true,
        ActorRole.Patient => journey.PatientUserId is { } owner && owner == actor.Id,
        ActorRole.Gp => journey.PrimaryPractitionerId == actor.Id || TakesPart(actor, journey),
        ActorRole.Specialist or ActorRole.HospitalStaff or ActorRole.Biologist or ActorRole.Radiologist => TakesPart(actor, journey),
        ActorRole.Regulator => (actor.TerritoryId is null || actor.TerritoryId == journey.TerritoryId)
            && (journey.Stage == JourneyStage.RedirectedToEmergency || journey.Triage?.Level == TriageLevel.Emergency),
        _ => false,
    };

    private static bool TakesPart(Actor actor, JourneySnapshot journey) =>
        journey.Steps.Any(s => (s.Performer is { } p && actor.Is(p)) || s.RequesterId == actor.Id);
}
