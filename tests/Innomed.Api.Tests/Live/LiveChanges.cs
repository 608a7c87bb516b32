using Innomed.Grains.Journeys;
using Innomed.Grains.Live;

namespace Innomed.Api.Tests.Live;

/// <summary>Journey events and changes as the live feed carries them, for the live-path tests.</summary>
internal static class LiveChanges
{
    public static JourneyEvent Event(Guid journey, int version) => new()
    {
        JourneyId = journey, Version = version, Type = JourneyEventType.StepAdded, At = DateTimeOffset.UtcNow, ActorId = "gp",
        Stage = JourneyStage.PrimaryCare,
    };

    public static JourneyChange Change(Guid journey, int version)
    {
        var evt = Event(journey, version);
        var snapshot = new JourneySnapshot
        {
            Id = journey, TerritoryId = "t", Stage = JourneyStage.PrimaryCare, Version = version, Patient = new PatientIdentity("A", "B", new DateOnly(1970, 1, 1)),
            RootStepId = Guid.NewGuid(), Steps = [], CreatedAt = evt.At, UpdatedAt = evt.At,
        };
        return new JourneyChange(evt, snapshot);
    }
}
