using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.Triage;

namespace Innomed.Grains.Tests.Workflow;

/// <summary>The chatbot over the journey: one question at a time, stored, resumable, completing the triage.</summary>
[Trait("Category", "Unit")]
public sealed class TriageChatbotTests
{
    /// <summary>A complete, reassuring set (see the vignettes): any other question is answered "no".</summary>
    private static readonly Dictionary<string, string> Benign = new()
    {
        ["sex"] = "female", ["reason"] = "Renouvellement d'ordonnance", ["altered_consciousness"] = "no",
        ["chronic_conditions"] = "none", ["treatments"] = "none", ["duration"] = "days_1_3", ["pain"] = "2",
        ["temperature"] = "37", ["discomfort"] = "mild", ["pregnancy"] = "no",
    };

    private static (JourneyScenario Journey, List<JourneyEvent> Events) WalkBenign()
    {
        var j = new JourneyScenario();
        j.Start();
        var events = new List<JourneyEvent>();
        for (var guard = 0; guard < 60; guard++)
        {
            var next = TriageQuestionnaire.Next(new JourneyWorkflow(j.State, j.Now).TriageSheet());
            if (next is null) break;
            var value = Benign.GetValueOrDefault(next.Code, "no");
            events.Add(j.Do(w => w.AnswerTriage(new TriageAnswer(next.Code, value), JourneyScenario.PatientActor)));
        }
        return (j, events);
    }

    [Fact]
    public void GivenAPatientInTriage_WhenTheyAnswerEveryQuestion_ThenTheJourneyAwaitsAGpAsNonUrgent()
    {
        var (j, events) = WalkBenign();
        j.State.Stage.ShouldBe(JourneyStage.AwaitingPrimaryCare);
        j.State.Triage!.Level.ShouldBe(TriageLevel.NonUrgent);
        events[..^1].ShouldAllBe(e => e.Type == JourneyEventType.TriageAnswered);
        events[^1].Type.ShouldBe(JourneyEventType.TriageSubmitted);
        j.State.Events.Select(e => e.Version).ShouldBe(Enumerable.Range(1, j.State.Events.Count));
        j.State.TriageAnswers.Count.ShouldBe(events.Count);
    }

    [Fact]
    public void GivenAnAnswerThatIsNotTheNextQuestion_WhenSent_ThenBadInputNamingTheNextAndNothingChanges()
    {
        var j = new JourneyScenario();
        j.Start();
        var version = j.State.Version;
        var next = TriageQuestionnaire.Next(new JourneyWorkflow(j.State, j.Now).TriageSheet())!;
        var error = Should.Throw<InvalidInputException>(() =>
            j.Do(w => w.AnswerTriage(new TriageAnswer("temperature", "37"), JourneyScenario.PatientActor)));
        error.Message.ShouldContain(next.Code);
        j.State.Version.ShouldBe(version);
        j.State.TriageAnswers.ShouldBeEmpty();
    }

    [Fact]
    public void GivenAnInvalidValue_WhenSent_ThenBadInputOnThatQuestionAndNothingStored()
    {
        var (j, _) = (new JourneyScenario(), 0);
        j.Start();
        var next = TriageQuestionnaire.Next(new JourneyWorkflow(j.State, j.Now).TriageSheet())!;
        var error = Should.Throw<InvalidInputException>(() =>
            j.Do(w => w.AnswerTriage(new TriageAnswer(next.Code, new string('x', 5000)), JourneyScenario.PatientActor)));
        error.Field.ShouldBe(next.Code);
        j.State.TriageAnswers.ShouldBeEmpty();
    }

    [Fact]
    public void GivenARedFlag_WhenAnswered_ThenTheChatbotStopsAndTheJourneyGoesToTheSamu()
    {
        var j = new JourneyScenario();
        j.Start();
        JourneyEvent last = null!;
        for (var guard = 0; guard < 60 && j.State.Stage == JourneyStage.Triage; guard++)
        {
            var next = TriageQuestionnaire.Next(new JourneyWorkflow(j.State, j.Now).TriageSheet())!;
            var value = next.Code switch
            {
                "reason" => "Douleur dans la poitrine qui serre",
                "chest_pain" or "chest_sweating" => "yes",
                _ => Benign.GetValueOrDefault(next.Code, "no"),
            };
            last = j.Do(w => w.AnswerTriage(new TriageAnswer(next.Code, value), JourneyScenario.PatientActor));
        }
        j.State.Stage.ShouldBe(JourneyStage.RedirectedToEmergency);
        last.Type.ShouldBe(JourneyEventType.RedirectedToEmergency);
    }

    [Fact]
    public void GivenACompletedTriage_WhenTheChatbotIsUsedAgain_ThenInvalidTransition()
    {
        var (j, _) = WalkBenign();
        var error = Should.Throw<InvalidTransitionException>(() =>
            j.Do(w => w.AnswerTriage(new TriageAnswer("pain", "9"), JourneyScenario.PatientActor)));
        error.CurrentState.ShouldBe(nameof(JourneyStage.AwaitingPrimaryCare));
    }

    [Fact]
    public void GivenAnotherPatient_WhenTheyAnswer_ThenForbidden()
    {
        var j = new JourneyScenario();
        j.Start();
        var next = TriageQuestionnaire.Next(new JourneyWorkflow(j.State, j.Now).TriageSheet())!;
        Should.Throw<ForbiddenException>(() =>
            j.Do(w => w.AnswerTriage(new TriageAnswer(next.Code, "no"), new Actor("patient-2", ActorRole.Patient))));
    }
}
