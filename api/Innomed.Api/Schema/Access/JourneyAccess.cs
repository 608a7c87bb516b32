using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Access;

/// <summary>
/// Care-team membership: who may see a journey's data. A patient their own; a GP the journeys they
/// follow or asked something in, and their territory's queue (not yet taken in charge); a performer
/// the journeys with a step assigned to them or their unit; the regulator the emergencies. Admins
/// and the data-protection officer see no clinical data.
/// </summary>
public static class JourneyAccess
{
    public static bool CanRead(Actor actor, JourneySnapshot journey) => actor.Role switch
    {
        ActorRole.System => true,
        ActorRole.Patient => journey.PatientUserId is { } owner && owner == actor.Id,
        ActorRole.Gp => journey.PrimaryPractitionerId == actor.Id || TakesPart(actor, journey)
            || journey.Alerts.Any(a => a.EscalatedTo == actor.Id) // the on-call GP a critical result went to
            || (journey.TerritoryId == actor.TerritoryId && journey.Stage is JourneyStage.Triage or JourneyStage.AwaitingPrimaryCare),
        ActorRole.Specialist or ActorRole.HospitalStaff or ActorRole.Biologist or ActorRole.Radiologist => TakesPart(actor, journey),
        ActorRole.Regulator => (actor.TerritoryId is null || actor.TerritoryId == journey.TerritoryId)
            && (journey.Stage == JourneyStage.RedirectedToEmergency || journey.Triage?.Level == TriageLevel.Emergency),
        _ => false,
    };

    private static bool TakesPart(Actor actor, JourneySnapshot journey) =>
        journey.Steps.Any(s => (s.Performer is { } p && actor.Is(p)) || s.RequesterId == actor.Id);
}
