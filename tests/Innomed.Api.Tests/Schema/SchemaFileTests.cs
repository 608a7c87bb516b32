using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Innomed.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Tests.Schema;

/// <summary>api/schema.graphql is the published contract; it must match what the server serves.</summary>
[Trait("Category", "Schema")]
public sealed class SchemaFileTests
{
    [Fact]
    public void GivenTheSchema_WhenPrinted_ThenApiSchemaGraphqlIsUpToDate()
    {
        var printed = Print();
        var path = Path.Combine(RepoRoot(), "api", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(path, printed);
        File.Exists(path).ShouldBeTrue("api/schema.graphql is missing; run the tests with UPDATE_SCHEMA=1");
        File.ReadAllText(path).ReplaceLineEndings().ShouldBe(printed.ReplaceLineEndings(),
            "api/schema.graphql is stale; run `UPDATE_SCHEMA=1 dotnet test tests/Innomed.Api.Tests` and commit it");
    }

    [Fact]
    public void GivenTheSchema_WhenPrinted_ThenTheFixedContractIsPresent()
    {
        var printed = Print(descriptions: false);
        foreach (var field in new[]
        {
            "journey(id: ID!): Journey", "journeys(filter: JourneyFilter, first: Int, after: String): JourneyConnection!",
            "practitioner(id: ID!): Practitioner", "hospitalUnit(id: ID!): HospitalUnit", "territory(id: ID!): Territory",
            "startJourney(input: StartJourneyInput!): JourneyPayload!", "submitTriage(input: SubmitTriageInput!): JourneyPayload!",
            "takeCharge(input: TakeChargeInput!): JourneyPayload!", "refer(input: ReferInput!): StepPayload!",
            "updateStep(input: UpdateStepInput!): StepPayload!", "closeJourney(input: CloseJourneyInput!): JourneyPayload!",
            "cancelJourney(input: CancelJourneyInput!): JourneyPayload!",
            "journeyUpdated(journeyId: ID!, sinceVersion: Int): JourneyEvent!",
            "referralStatusChanged(practitionerId: ID!): StepEvent!", "unitJourneys(unitId: ID!): JourneyEvent!",
            "territoryCapacity(territoryId: ID!): TerritoryCapacity!",
            "requestTeleExpertise(input: RequestTeleExpertiseInput!): StepPayload!",
            "answerTeleExpertise(input: AnswerTeleExpertiseInput!): StepPayload!",
            "convertTeleExpertiseToReferral(input: ConvertTeleExpertiseInput!): StepPayload!",
            "teleExpertiseStatement(practitionerId: ID!, month: String!): TeleExpertiseStatement!",
        })
        {
            printed.ShouldContain(field);
        }
    }

    private static string Print(bool descriptions = true)
    {
        var services = new ServiceCollection();
        services.AddInnomedSchema();
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = descriptions }) + "\n";
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Innomed.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Innomed.sln not found above the test folder.");
    }
}
