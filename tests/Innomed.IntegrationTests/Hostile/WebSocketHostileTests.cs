namespace Innomed.IntegrationTests.Hostile;

/// <summary>Every hostile WebSocket case against the real host; afterwards it still serves and nothing changed.</summary>
[Collection(HostileCollection.Name)]
[Trait("Category", "Hostile")]
public sealed class WebSocketHostileTests(HostileFixture fixture)
{
    private static readonly Dictionary<string, WebSocketCase> Cases = WebSocketCases.All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Given_HostileSocket_When_Talking_Then_DocumentedAnswerAndNothingChanged(string name)
    {
        var @case = Cases[name];

        var answer = await @case.Run(fixture);

        answer.ShouldBe(@case.Expected);
        await fixture.AssertServingAndUnchangedAsync();
    }
}
