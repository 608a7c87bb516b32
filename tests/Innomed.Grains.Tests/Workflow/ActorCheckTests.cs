using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

[Trait("Category", "Unit")]
public sealed class ActorCheckTests
{
    [Fact]
    public void Given_RequestedReferral_When_ASpecialistWhoIsNotThePerformerAccepts_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var referral = j.AddStep();

        AssertForbidden(j, () => j.Act(referral, StepAction.Accept, new Actor("spec-other", ActorRole.Specialist)));
    }

    [Fact]
    public void Given_LabOrder_When_StaffOfAnotherUnitAccepts_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var order = j.AddStep(JourneyScenario.Lab, StepKind.LabOrder);

        AssertForbidden(j, () => j.Act(order, StepAction.Accept, new Actor("staff-x", ActorRole.HospitalStaff, "lab-2")));
    }

    [Fact]
    public void Given_JourneyInTriage_When_ThePatientSetsALevel_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.Triage);

        AssertForbidden(j, () => j.Triage(TriageLevel.NonUrgent, JourneyScenario.PatientActor));
    }

    [Fact]
    public void Given_JourneyInTriage_When_AnotherPatientAnswers_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.Triage);

        AssertForbidden(j, () => j.Do(w => w.SubmitTriage(
            new TriageSubmission { Answers = [new TriageAnswer("pain", "2")] }, new Actor("patient-2", ActorRole.Patient))));
    }

    [Fact]
    public void Given_AwaitingJourney_When_ASpecialistProfileTakesCharge_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.AwaitingPrimaryCare);
        var specialist = JourneyScenario.Gp with { Id = "spec-cardio", Role = PractitionerRole.Specialist };

        AssertForbidden(j, () => j.TakeCharge(specialist, new Actor(specialist.Id, ActorRole.Specialist)));
    }

    [Fact]
    public void Given_AwaitingJourney_When_AGpOfAnotherTerritoryTakesCharge_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.AwaitingPrimaryCare);
        var stranger = JourneyScenario.Gp with { Id = "gp-far", TerritoryId = "cpts-sud" };

        AssertForbidden(j, () => j.TakeCharge(stranger, new Actor(stranger.Id, ActorRole.Gp)));
    }

    [Fact]
    public void Given_AwaitingJourney_When_AGpTakesChargeOnBehalfOfAnother_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.AwaitingPrimaryCare);

        AssertForbidden(j, () => j.TakeCharge(JourneyScenario.Gp, new Actor("gp-2", ActorRole.Gp)));
    }

    [Theory]
    [InlineData("spec-cardio", ActorRole.Specialist)]
    [InlineData("patient-2", ActorRole.Patient)]
    [InlineData("gp-2", ActorRole.Gp)]
    public void Given_JourneyInPrimaryCare_When_AStrangerCancels_Then_Forbidden(string id, ActorRole role)
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);

        AssertForbidden(j, () => j.Cancel(new Actor(id, role)));
    }

    [Fact]
    public void Given_RequestedReferral_When_ItsPerformerCancelsIt_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var referral = j.AddStep();

        AssertForbidden(j, () => j.Act(referral, StepAction.Cancel, JourneyScenario.PerformerActor(JourneyScenario.Cardiologist)));
    }

    [Fact]
    public void Given_JourneyInPrimaryCare_When_SomeoneOtherThanTheGpAddsAStep_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);

        AssertForbidden(j, () => j.AddStep(by: new Actor("spec-cardio", ActorRole.Specialist)));
    }

    [Fact]
    public void Given_JourneyInPrimaryCare_When_AnotherGpCloses_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);

        AssertForbidden(j, () => j.Close(new Actor("gp-2", ActorRole.Gp)));
    }

    [Fact]
    public void Given_RedirectedJourney_When_AGpSendsItBackToPrimaryCare_Then_Forbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.RedirectedToEmergency);

        AssertForbidden(j, () => j.ReturnToPrimaryCare(JourneyScenario.GpActor));
    }

    [Fact]
    public void Given_AcceptedReferral_When_ItsPerformerAddsALabOrderUnderIt_Then_Accepted()
    {
        var j = JourneyScenario.InStage(JourneyStage.SpecialistCare);

        var order = j.AddStep(JourneyScenario.Lab, StepKind.LabOrder, j.ReferralId,
            JourneyScenario.PerformerActor(JourneyScenario.Cardiologist));

        j.State.FindStep(order)!.ParentId.ShouldBe(j.ReferralId);
        j.State.FindStep(order)!.RequesterId.ShouldBe(JourneyScenario.Cardiologist.Id);
    }

    [Fact]
    public void Given_RequestedReferral_When_TheJourneysGpSchedulesIt_Then_InvalidTransitionBecauseItIsNotAccepted()
    {
        // Schedule is open to the requester too, but by hand only once accepted: from Requested the GP
        // books one of the performer's published slots (BookStep) instead.
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var referral = j.AddStep();

        Should.Throw<InvalidTransitionException>(() => j.Act(referral, StepAction.Schedule, JourneyScenario.GpActor))
            .CurrentState.ShouldBe(nameof(StepStatus.Requested));
    }

    private static void AssertForbidden(JourneyScenario j, Action command)
    {
        var before = j.Serialized();

        var ex = Should.Throw<ForbiddenException>(command);

        ex.Code.ShouldBe("FORBIDDEN");
        j.Serialized().ShouldBe(before, "a forbidden command must change nothing");
    }
}
