using System.Net;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>
/// A patient's name in requests of every shape (accepted, refused, malformed, in a URL, over a socket)
/// must not reach the logs at the shipped log levels, and refusals never carry stack traces.
/// </summary>
[Collection(HostileCollection.Name)]
[Trait("Category", "Hostile")]
public sealed class PrivacyTests(HostileFixture fixture)
{
    private const string Name = "Zyxwvut";
    private const string Start = "mutation($p: PatientInput!) { startJourney(input: { territoryId: \"demo\", patient: $p }) { journey { id } } }";

    [Fact]
    public async Task Given_RequestsCarryingAPatientName_When_Served_Then_TheNameIsInNoLogLine()
    {
        var patient = fixture.Token(HostileFixture.Patient);
        var gp = fixture.Token(HostileFixture.Gp);

        (await fixture.Http.PostAsync(Start, new { p = new { familyName = Name, givenName = Name, birthDate = "1980-05-06" } }, patient)).Code.ShouldBeNull();
        (await fixture.Http.PostAsync(Start, new { p = new { familyName = Name, givenName = "x", birthDate = Name } }, patient)).Code.ShouldBe("INVALID_VALUE");
        (await fixture.Http.PostAsync(Start, new { p = new { familyName = Name + new string('x', 200), givenName = "x", birthDate = "1980-05-06" } }, patient)).Code.ShouldBe("BAD_USER_INPUT");
        (await fixture.Http.PostAsync(Start, new { p = new { familyName = Name + "\u0000", givenName = "x", birthDate = "1980-05-06" } }, patient)).Code.ShouldBe("BAD_USER_INPUT");
        (await fixture.Http.PostAsync("{ journey(id: \"" + Name + "\") { id } }", token: gp)).Code.ShouldBe("BAD_USER_INPUT");
        (await fixture.Http.PostRawAsync("{\"query\": \"" + Name, gp)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await fixture.Http.PostAsync("{ " + Name + " }", token: gp)).Code.ShouldBe("FIELDS_ON_CORRECT_TYPE");
        (await fixture.Http.SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ journey(id: \"" + Name + "\") { id } }"), token: gp)).Status.ShouldBe(HttpStatusCode.OK);
        (await fixture.Http.PostAsync(Start, new { p = new { familyName = Name } }, TokenForge.AlgNone())).Status.ShouldBe(HttpStatusCode.Unauthorized);
        await using (var socket = await RawSocket.ConnectAsync(fixture.Host.BaseAddress))
        {
            await socket.InitAsync(patient);
            await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = Start, variables = new { p = new { familyName = Name, givenName = Name, birthDate = Name } } } });
            (await socket.NextAsync()).ShouldBe("error INVALID_VALUE");
            await socket.SendTextAsync("{\"type\":\"" + Name);
            (await socket.NextAsync()).ShouldBe("close 4400");
        }

        fixture.Logs.Lines.Count.ShouldBeGreaterThan(0, "the capture works (start-up lines at least)");
        fixture.Logs.Lines.Where(l => l.Contains(Name, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
        await fixture.AssertServingAndUnchangedAsync();
    }
}
