using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

/// <summary>
/// Property-style: long seeded sequences of plausible and implausible commands. Accepted ones must
/// add exactly one event, refused ones must change nothing, and the tree must stay a tree.
/// </summary>
[Trait("Category", "Unit")]
public sealed class TreeInvariantTests
{
    private static readonly Performer[] Performers =
        [JourneyScenario.Cardiologist, Performer.Practitioner("spec-neuro"), JourneyScenario.Lab, Performer.Unit("radio-1")];

    private static readonly Actor[] Strangers =
        [new("spec-other", ActorRole.Specialist), new("gp-2", ActorRole.Gp), new("patient-2", ActorRole.Patient), Actor.System];

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 12));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Given_SeededRandomCommands_When_Applied_Then_TreeAndTimelineInvariantsHold(int seed)
    {
        var rng = new Random(seed);
        int accepted = 0, refused = 0;
        var stagesSeen = new HashSet<JourneyStage>();

        for (var journey = 0; journey < 6; journey++)
        {
            var j = new JourneyScenario();
            j.Start();
            for (var i = 0; i < 120 && !IsEnded(j.State); i++)
            {
                var before = j.Serialized();
                var version = j.State.Version;
                try
                {
                    if (RandomCommand(j, rng, mayEnd: i >= 60))
                    {
                        j.State.Version.ShouldBe(version + 1, $"seed {seed}: an accepted command adds exactly one event");
                        accepted++;
                    }
                    else
                    {
                        j.Serialized().ShouldBe(before, $"seed {seed}: a no-op deadline check changes nothing");
                    }
                }
                catch (DomainException)
                {
                    j.Serialized().ShouldBe(before, $"seed {seed}: a refused command changes nothing");
                    refused++;
                }
                stagesSeen.Add(j.State.Stage);
                AssertInvariants(j.State, seed);
            }
        }

        accepted.ShouldBeGreaterThan(100, $"seed {seed}: the sequence should exercise the workflow (refused: {refused})");
        refused.ShouldBeGreaterThan(20);
        stagesSeen.ShouldContain(JourneyStage.SpecialistCare);
    }

    /// <summary>Runs one random command; false when it was a deadline check with nothing due.</summary>
    private static bool RandomCommand(JourneyScenario j, Random rng, bool mayEnd)
    {
        var s = j.State;
        // Before a GP takes charge only triage, take-charge and return can move things on: favour them there.
        var beforeCare = s.Stage is JourneyStage.Triage or JourneyStage.AwaitingPrimaryCare or JourneyStage.RedirectedToEmergency;
        var roll = beforeCare && rng.Next(4) != 0 ? rng.Next(17) : rng.Next(mayEnd ? 100 : 93);
        switch (roll)
        {
            case < 8:
                j.Triage(Pick(rng, Enum.GetValues<TriageLevel>()), rng.Next(5) == 0 ? JourneyScenario.PatientActor : null);
                return true;
            case < 14:
                j.TakeCharge(rng.Next(4) == 0 ? JourneyScenario.Gp with { TerritoryId = "elsewhere" } : null);
                return true;
            case < 17:
                j.ReturnToPrimaryCare(rng.Next(3) == 0 ? JourneyScenario.GpActor : null);
                return true;
            case < 40:
            {
                // Mostly an open parent that may hold children; sometimes anything, to exercise refusals.
                var open = s.Steps.Where(x => !x.IsFinal && x.Kind != StepKind.Triage).ToArray();
                var parent = rng.Next(4) == 0 || open.Length == 0 ? (Guid?)null
                    : rng.Next(5) == 0 ? Pick(rng, s.Steps).Id : Pick(rng, open).Id;
                var parentPerformer = parent is { } p ? s.FindStep(p)!.Performer : null;
                var by = parentPerformer is not null && rng.Next(2) == 0
                    ? JourneyScenario.PerformerActor(parentPerformer)
                    : rng.Next(8) == 0 ? Pick(rng, Strangers) : JourneyScenario.GpActor;
                j.AddStep(Pick(rng, Performers), Pick(rng, Enum.GetValues<StepKind>()), parent, by);
                return true;
            }
            case < 88:
            {
                // Mostly an open step and an action its lifecycle permits; sometimes anything.
                var open = s.Steps.Where(x => !x.IsFinal && x.Kind is not (StepKind.Triage or StepKind.PrimaryCare or StepKind.FollowUp)).ToArray();
                var step = rng.Next(5) == 0 || open.Length == 0 ? Pick(rng, s.Steps) : Pick(rng, open);
                var permitted = StepLifecycle.PermittedActions(step.Status);
                var action = rng.Next(5) == 0 || permitted.Count == 0 ? Pick(rng, Enum.GetValues<StepAction>()) : Pick(rng, permitted);
                var update = j.UpdateFor(step.Id, action);
                if (rng.Next(10) == 0) update = update with { Reason = null, Report = null, Slot = null };
                var by = rng.Next(10) == 0 || step.Performer is null ? Pick(rng, Strangers) : j.ActorFor(step.Id, action);
                j.Do(w => w.UpdateStep(update, by));
                return true;
            }
            case < 93:
            {
                j.Now = j.Now.AddHours(rng.Next(1, 60));
                var evt = new JourneyWorkflow(s, j.Now).MarkOverdueIfDue();
                return evt is not null;
            }
            case < 98:
                j.Close(s.Stage == JourneyStage.RedirectedToEmergency ? JourneyScenario.RegulatorActor : JourneyScenario.GpActor);
                return true;
            default:
                j.Cancel(rng.Next(2) == 0 ? JourneyScenario.PatientActor : Pick(rng, Strangers));
                return true;
        }
    }

    private static void AssertInvariants(JourneyState s, int seed)
    {
        var why = $"seed {seed}, version {s.Version}";
        var root = s.Steps[0];
        root.Id.ShouldBe(s.RootStepId, why);
        root.Kind.ShouldBe(StepKind.Triage, why);
        root.ParentId.ShouldBeNull(why);

        var index = s.Steps.Select((step, i) => (step.Id, i)).ToDictionary(x => x.Id, x => x.i);
        index.Count.ShouldBe(s.Steps.Count, $"{why}: step ids are unique");
        for (var i = 1; i < s.Steps.Count; i++)
        {
            var step = s.Steps[i];
            step.ParentId.ShouldNotBeNull(why);
            index.TryGetValue(step.ParentId.Value, out var parentAt).ShouldBeTrue($"{why}: parent of {step.Kind} exists");
            parentAt.ShouldBeLessThan(i, $"{why}: parents come before children");
            var parentKind = s.Steps[parentAt].Kind;
            if (step.Kind == StepKind.PrimaryCare) parentKind.ShouldBe(StepKind.Triage, why);
            else parentKind.ShouldNotBe(StepKind.Triage, $"{why}: only primary care hangs under triage");
            if (step.Kind == StepKind.FollowUp) parentKind.ShouldBe(StepKind.PrimaryCare, why);

            var hops = 0;
            for (var cursor = step; cursor.ParentId is { } up; cursor = s.Steps[index[up]])
                (++hops).ShouldBeLessThanOrEqualTo(s.Steps.Count, $"{why}: no cycles");
        }

        s.Events.Count.ShouldBe(s.Version, why);
        s.Events.Select(e => e.Version).ShouldBe(Enumerable.Range(1, s.Version), why);
        s.Events[^1].Stage.ShouldBe(s.Stage, why);

        var activeCare = s.Steps.Any(step => step.IsActiveCare);
        if (s.Stage is JourneyStage.PrimaryCare or JourneyStage.SpecialistCare or JourneyStage.FollowUp)
            activeCare.ShouldBe(s.Stage == JourneyStage.SpecialistCare, $"{why}: specialist care iff an accepted referral is open");
        var openFollowUps = s.Steps.Count(step => step.Kind == StepKind.FollowUp && !step.IsFinal);
        openFollowUps.ShouldBeLessThanOrEqualTo(1, why);
        if (s.Stage == JourneyStage.FollowUp) openFollowUps.ShouldBe(1, why);
        if (IsEnded(s)) s.Steps.ShouldAllBe(step => step.IsFinal, why);
        if (s.Stage is JourneyStage.PrimaryCare or JourneyStage.SpecialistCare or JourneyStage.FollowUp)
            s.Steps.Count(step => step.Kind == StepKind.PrimaryCare).ShouldBe(1, why);
    }

    private static bool IsEnded(JourneyState s) => s.Stage is JourneyStage.Closed or JourneyStage.Cancelled;

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
