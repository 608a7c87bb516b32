using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Docs;

/// <summary>
/// The state diagrams in docs/ are generated from the Stateless machines. A stale doc fails the
/// build; <c>UPDATE_DOCS=1 dotnet test</c> rewrites it.
/// </summary>
[Trait("Category", "Unit")]
public sealed class DiagramExportTests
{
    [Fact]
    public void Given_TheJourneyStageMachine_When_ExportedToMermaid_Then_DocsJourneyStagesMatches() =>
        AssertDoc("journey-stages.md", "Journey stages",
            "Where a patient journey stands, from triage to its end. Generated from `JourneyStageMachine` "
            + "(grains/Innomed.Grains/Journeys/JourneyStageMachine.cs) by the `DiagramExportTests` in "
            + "tests/Innomed.Grains.Tests; do not edit by hand, run the tests with `UPDATE_DOCS=1` instead. "
            + "Refer and UpdateStep re-enter the stage they are in: they are allowed only where a GP or a specialist is working.",
            JourneyStageMachine.ToMermaid());

    [Fact]
    public void Given_TheStepLifecycle_When_ExportedToMermaid_Then_DocsStepLifecycleMatches() =>
        AssertDoc("step-lifecycle.md", "Step lifecycle",
            "The status of one step of the journey tree (referral, tele-expertise, lab or imaging order, admission), "
            + "modelled on the FHIR Task status. Generated from `StepLifecycle` "
            + "(grains/Innomed.Grains/Journeys/StepLifecycle.cs) by the `DiagramExportTests` in "
            + "tests/Innomed.Grains.Tests; do not edit by hand, run the tests with `UPDATE_DOCS=1` instead.",
            StepLifecycle.ToMermaid());

    private static void AssertDoc(string fileName, string heading, string paragraph, string mermaid)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", fileName);
        var expected = $"# {heading}\n\n{paragraph}\n\n```mermaid\n{mermaid.ReplaceLineEndings("\n").TrimEnd('\n')}\n```\n";

        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        File.Exists(path).ShouldBeTrue($"docs/{fileName} is missing; run the tests with UPDATE_DOCS=1 to generate it.");
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(expected,
            $"docs/{fileName} is stale; run `UPDATE_DOCS=1 dotnet test tests/Innomed.Grains.Tests` and commit it.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Innomed.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Innomed.sln above {AppContext.BaseDirectory}.");
    }
}
