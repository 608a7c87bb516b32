using Innomed.Grains.Journeys;
using Innomed.Grains.Triage;

namespace Innomed.Grains.Tests.Triage;

[Trait("Category", "Unit")]
public sealed class ClinicalVignetteTests
{
    public static TheoryData<string> Names() => new(ClinicalVignettes.All.Select(v => v.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Given_AClinicalVignette_When_Triaged_Then_TheExpectedLevelWithTheExpectedReason(string name)
    {
        var vignette = ClinicalVignettes.All.Single(v => v.Name == name);

        TriageOutcome outcome;
        if (vignette.Walked)
        {
            var walk = TriageWalk.Run(vignette.Answers);
            walk.NeverAsked.ShouldBeEmpty($"the chatbot never asked these; asked: {string.Join(", ", walk.Asked)}");
            outcome = walk.Outcome;
        }
        else
        {
            outcome = TriageEvaluator.Evaluate(TriageWalk.Parse(vignette.Answers));
        }

        var why = string.Join(Environment.NewLine, outcome.Lines(Language.En));
        outcome.Level.ShouldBe(vignette.Expected, why);
        outcome.Reasons.Select(r => r.Code).ShouldContain(vignette.Reason, why);
    }

    [Fact]
    public void Given_TheVignetteTable_When_Counted_Then_AtLeastSixtyNamedVignettesCoverEveryLevel()
    {
        ClinicalVignettes.All.Count.ShouldBeGreaterThanOrEqualTo(60);
        ClinicalVignettes.All.Select(v => v.Name).ShouldBeUnique();
        foreach (var level in Enum.GetValues<TriageLevel>())
            ClinicalVignettes.All.Count(v => v.Expected == level).ShouldBeGreaterThanOrEqualTo(8, level.ToString());
    }

    [Fact]
    public void Given_EveryWalkedVignette_When_Complete_Then_NoDoubtUnlessTheVignetteIsAboutDoubt()
    {
        // A walked vignette answers everything it is asked: an INCOMPLETE doubt there would be a flow bug.
        foreach (var vignette in ClinicalVignettes.All.Where(v => v.Walked))
        {
            var outcome = TriageWalk.Run(vignette.Answers).Outcome;
            outcome.Reasons.ShouldNotContain(r => r.Code == "DOUBT_INCOMPLETE", vignette.Name);
            if (!vignette.Reason.StartsWith("DOUBT_", StringComparison.Ordinal))
                outcome.RaisedByDoubt.ShouldBeFalse($"{vignette.Name}: {string.Join("; ", outcome.Lines(Language.En))}");
        }
    }
}
