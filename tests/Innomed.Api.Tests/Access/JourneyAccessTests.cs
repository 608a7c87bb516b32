using Innomed.Api.Schema.Access;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Tests.Access;

/// <summary>Care-team membership, role by role: who may read a journey.</summary>
[Trait("Category", "Security")]
public sealed class JourneyAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static JourneySnapshot Journey(JourneyStage stage, string? gp = null, TriageLevel? level = TriageLevel.Urgent,
        params StepSnapshot[] steps)
    {
        var root = Step(StepKind.Triage, null, "patient-1");
        return new JourneySnapshot
        {
            Id = Guid.NewGuid(), TerritoryId = "demo", Stage = stage, Version = 3,
            Patient = new PatientIdentity("Doe", "Jo", new DateOnly(1980, 1, 1)), PatientUserId = "patient-1",
            Triage = level is null ? null : new TriageResult(level.Value, Now, null, [], [], null),
            PrimaryPractitionerId = gp, RootStepId = root.Id, Steps = [root, .. steps], CreatedAt = Now, UpdatedAt = Now,
        };
    }

    private static StepSnapshot Step(StepKind kind, Performer? performer, string requester) => new()
    {
        Id = Guid.NewGuid(), Kind = kind, Status = StepStatus.Requested, Performer = performer, RequesterId = requester,
        CreatedAt = Now, UpdatedAt = Now,
    };

    public static TheoryData<string, Actor, bool> Cases()
    {
        var data = new TheoryData<string, Actor, bool>
        {
            { "owner patient", new Actor("patient-1", ActorRole.Patient), true },
            { "other patient", new Actor("patient-2", ActorRole.Patient), false },
            { "the journey's GP", new Actor("gp-1", ActorRole.Gp, TerritoryId: "other"), true },
            { "another GP of another territory", new Actor("gp-2", ActorRole.Gp, TerritoryId: "other"), false },
            { "GP who requested a step", new Actor("gp-3", ActorRole.Gp, TerritoryId: "other"), true },
            { "performing specialist", new Actor("spec-1", ActorRole.Specialist), true },
            { "unrelated specialist", new Actor("spec-2", ActorRole.Specialist), false },
            { "staff of the performing unit", new Actor("nurse", ActorRole.HospitalStaff, UnitId: "chu:usi"), true },
            { "staff of another unit", new Actor("nurse", ActorRole.HospitalStaff, UnitId: "chu:er"), false },
            { "regulator, not an emergency", new Actor("reg", ActorRole.Regulator, TerritoryId: "demo"), false },
            { "admin", new Actor("admin", ActorRole.Admin), false },
            { "data-protection officer", new Actor("dpo", ActorRole.DataProtectionOfficer), false },
            { "system", Actor.System, true },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GivenAJourneyInCare_WhenAnActorReadsIt_ThenOnlyItsCareTeamMay(string who, Actor actor, bool allowed)
    {
        var journey = Journey(JourneyStage.SpecialistCare, "gp-1", TriageLevel.Urgent,
            Step(StepKind.Referral, Performer.Practitioner("spec-1"), "gp-3"),
            Step(StepKind.Admission, Performer.Unit("chu:usi"), "gp-1"));
        JourneyAccess.CanRead(actor, journey).ShouldBe(allowed, who);
    }

    [Fact]
    public void GivenAnAwaitingJourney_WhenGpsReadIt_ThenOnlyTheTerritorysGpsSeeTheQueue()
    {
        var journey = Journey(JourneyStage.AwaitingPrimaryCare);
        JourneyAccess.CanRead(new Actor("gp-9", ActorRole.Gp, TerritoryId: "demo"), journey).ShouldBeTrue();
        JourneyAccess.CanRead(new Actor("gp-9", ActorRole.Gp, TerritoryId: "elsewhere"), journey).ShouldBeFalse();
        JourneyAccess.CanRead(new Actor("gp-9", ActorRole.Gp, TerritoryId: "demo"), Journey(JourneyStage.PrimaryCare, "gp-1")).ShouldBeFalse();
    }

    [Fact]
    public void GivenAnEmergency_WhenTheRegulatorReadsIt_ThenOnlyTheirTerritorysRegulatorMay()
    {
        var emergency = Journey(JourneyStage.RedirectedToEmergency, level: TriageLevel.Emergency);
        JourneyAccess.CanRead(new Actor("reg", ActorRole.Regulator, TerritoryId: "demo"), emergency).ShouldBeTrue();
        JourneyAccess.CanRead(new Actor("reg", ActorRole.Regulator, TerritoryId: "other"), emergency).ShouldBeFalse();
    }

    [Fact]
    public void GivenACriticalResultEscalated_WhenTheOnCallGpActs_ThenTheyMayReadTheJourneyAndTakePartInItsConversation()
    {
        var journey = Journey(JourneyStage.PrimaryCare, "gp-1") with
        {
            Alerts =
            [
                new Innomed.Grains.Labs.LabAlert
                {
                    Id = Guid.NewGuid(), JourneyId = Guid.NewGuid(), StepId = Guid.NewGuid(), RaisedAt = Now, OrderedBy = "gp-1",
                    EscalateAt = Now, EscalatedAt = Now, EscalatedTo = "gp-on-call",
                },
            ],
        };
        var onCall = new Actor("gp-on-call", ActorRole.Gp, TerritoryId: "demo");
        var other = new Actor("gp-other", ActorRole.Gp, TerritoryId: "demo");

        JourneyAccess.CanRead(onCall, journey).ShouldBeTrue();
        Innomed.Grains.Conversations.CareTeam.IsParticipant(onCall, journey).ShouldBeTrue();
        JourneyAccess.CanRead(other, journey).ShouldBeFalse();
        Innomed.Grains.Conversations.CareTeam.IsParticipant(other, journey).ShouldBeFalse();
    }
}
