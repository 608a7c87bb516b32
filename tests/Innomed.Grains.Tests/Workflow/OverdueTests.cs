using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

[Trait("Category", "Unit")]
public sealed class OverdueTests
{
    [Fact]
    public void Given_AwaitingNonUrgent_When_CheckedBeforeTheDueBy_Then_NothingHappens()
    {
        var j = JourneyScenario.InStage(JourneyStage.AwaitingPrimaryCare);
        var before = j.Serialized();

        new JourneyWorkflow(j.State, j.State.Triage!.DueBy!.Value.AddSeconds(-1)).MarkOverdueIfDue().ShouldBeNull();

        j.Serialized().ShouldBe(before);
    }

    [Fact]
    public void Given_AwaitingNonUrgent_When_CheckedAfterTheDueBy_Then_OneOverdueEventOnlyOnce()
    {
        var j = JourneyScenario.InStage(JourneyStage.AwaitingPrimaryCare);
        var due = j.State.Triage!.DueBy!.Value;
        var version = j.State.Version;
        var at = due.AddHours(1);

        var evt = new JourneyWorkflow(j.State, at).MarkOverdueIfDue();

        evt.ShouldNotBeNull();
        evt.Type.ShouldBe(JourneyEventType.Overdue);
        evt.ActorId.ShouldBe(Actor.System.Id);
        evt.Version.ShouldBe(version + 1);
        evt.Detail.ShouldBe(nameof(TriageLevel.NonUrgent));
        j.State.OverdueSince.ShouldBe(at);
        j.State.Stage.ShouldBe(JourneyStage.AwaitingPrimaryCare);

        var after = j.Serialized();
        new JourneyWorkflow(j.State, at.AddHours(5)).MarkOverdueIfDue().ShouldBeNull();
        j.Serialized().ShouldBe(after);
    }

    [Fact]
    public void Given_AwaitingNonUrgent_When_CheckedExactlyAtTheDueBy_Then_Overdue()
    {
        var j = JourneyScenario.InStage(JourneyStage.AwaitingPrimaryCare);

        new JourneyWorkflow(j.State, j.State.Triage!.DueBy!.Value).MarkOverdueIfDue().ShouldNotBeNull();
    }

    [Theory]
    [InlineData(JourneyStage.Triage)]
    [InlineData(JourneyStage.RedirectedToEmergency)]
    [InlineData(JourneyStage.PrimaryCare)]
    [InlineData(JourneyStage.Closed)]
    [InlineData(JourneyStage.Cancelled)]
    public void Given_JourneyNotAwaitingAGp_When_CheckedLongAfter_Then_NeverOverdue(JourneyStage stage)
    {
        var j = JourneyScenario.InStage(stage);
        var before = j.Serialized();

        new JourneyWorkflow(j.State, j.Now.AddDays(30)).MarkOverdueIfDue().ShouldBeNull();

        j.Serialized().ShouldBe(before);
    }
}
