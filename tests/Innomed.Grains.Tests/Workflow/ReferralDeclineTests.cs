using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

/// <summary>A referral is never declined without a reason and an alternative.</summary>
[Trait("Category", "Unit")]
public sealed class ReferralDeclineTests
{
    private static (JourneyScenario Journey, Guid Step) Referred()
    {
        var j = new JourneyScenario();
        j.Start();
        j.Triage(TriageLevel.SemiUrgent);
        j.TakeCharge();
        return (j, j.AddStep());
    }

    private static readonly Actor Specialist = new(JourneyScenario.Cardiologist.Id, ActorRole.Specialist);

    [Fact]
    public void GivenAReferral_WhenDeclinedWithoutAnAlternative_ThenBadInputAndStillRequested()
    {
        var (j, step) = Referred();
        var version = j.State.Version;
        var error = Should.Throw<InvalidInputException>(() => j.Do(w => w.UpdateStep(
            new StepUpdate { StepId = step, Action = StepAction.Reject, Reason = "Not my specialty" }, Specialist)));
        error.Field.ShouldBe("alternative");
        j.State.FindStep(step)!.Status.ShouldBe(StepStatus.Requested);
        j.State.Version.ShouldBe(version);
    }

    [Fact]
    public void GivenAReferral_WhenDeclinedWithReasonAndAlternative_ThenBothAreKeptForTheGp()
    {
        var (j, step) = Referred();
        j.Do(w => w.UpdateStep(new StepUpdate
        {
            StepId = step, Action = StepAction.Reject, Reason = "No slot before three weeks",
            Alternative = "Ask the cardiology unit of CH Nord, which has urgent slots", SuggestedPerformer = Performer.Unit("ch-nord:cardio"),
        }, Specialist));
        var declined = j.State.FindStep(step)!;
        declined.Status.ShouldBe(StepStatus.Rejected);
        declined.StatusReason.ShouldBe("No slot before three weeks");
        declined.Alternative.ShouldStartWith("Ask the cardiology unit");
        declined.SuggestedPerformer.ShouldBe(Performer.Unit("ch-nord:cardio"));
        JourneyProjection.ToSnapshot(j.State).FindStep(step)!.Alternative.ShouldBe(declined.Alternative);
    }

    [Fact]
    public void GivenALabOrder_WhenDeclined_ThenAReasonSuffices()
    {
        var (j, _) = Referred();
        var lab = j.AddStep(JourneyScenario.Lab, StepKind.LabOrder);
        j.Do(w => w.UpdateStep(new StepUpdate { StepId = lab, Action = StepAction.Reject, Reason = "Sample type not done here" },
            new Actor("tech", ActorRole.Biologist, UnitId: JourneyScenario.Lab.Id)));
        j.State.FindStep(lab)!.Status.ShouldBe(StepStatus.Rejected);
    }
}
