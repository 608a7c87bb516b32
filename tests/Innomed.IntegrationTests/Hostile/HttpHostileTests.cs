namespace Innomed.IntegrationTests.Hostile;

/// <summary>
/// Every hostile HTTP case against the real embedded host: its documented status and code, no stack
/// trace or exception name in the body, the service still serving, the reference journey unchanged.
/// </summary>
[Collection(HostileCollection.Name)]
[Trait("Category", "Hostile")]
public sealed class HttpHostileTests(HostileFixture fixture)
{
    private static readonly Dictionary<string, HostileCase> Cases =
        ProtocolCases.All.Concat(DocumentCases.All).Concat(InputCases.All).Concat(DomainCases.All).Concat(TokenCases.All)
            .ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Given_HostileRequest_When_Sent_Then_DocumentedErrorAndNothingChanged(string name)
    {
        var @case = Cases[name];

        var outcome = await @case.Send(fixture);

        ((int)outcome.Status).ShouldBe((int)@case.Status, outcome.ToString());
        outcome.Code.ShouldBe(@case.Code, outcome.ToString());
        outcome.Body.ShouldNotContain("   at ", Case.Sensitive, "a stack trace leaked");
        outcome.Body.ShouldNotContain("Exception", Case.Sensitive, "an exception type leaked");
        if (@case.Then is { } then) await then(fixture, outcome);
        await fixture.AssertServingAndUnchangedAsync();
    }
}
