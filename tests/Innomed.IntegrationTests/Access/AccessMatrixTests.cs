using System.Text.Json.Nodes;
using Innomed.IntegrationTests.EndToEnd;
using static Innomed.IntegrationTests.Access.AccessMatrixFixture;

namespace Innomed.IntegrationTests.Access;

/// <summary>
/// Every role against every operation, allowed and denied, over the real HTTP and WebSocket
/// transports with development tokens. Probes are built to pass the access layer and then fail
/// harmlessly (unknown ids, invalid values), so "allowed" means "not FORBIDDEN/UNAUTHENTICATED".
/// </summary>
[Trait("Category", "Security")]
public sealed class AccessMatrixTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    private const string Unknown = "01234567-89ab-7def-8123-456789abcdef";

    private static readonly string[] Clinical = [Patient, OtherPatient, Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor, Biologist, Radiologist, Regulator];

    private static readonly string[] Professionals = [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor, Biologist, Radiologist, Regulator, Admin];

    /// <summary>Operation name → (probe document, users allowed).</summary>
    private static readonly Dictionary<string, (string Query, string[] Allowed)> Operations = new()
    {
        ["journey"] = ($"{{ journey(id: \"{Unknown}\") {{ id }} }}", Clinical),
        ["journeys by territory"] = ("{ journeys(filter: { territoryId: \"demo\" }) { totalCount } }", [Gp, OtherGp, Regulator]),
        ["journeys by practitioner"] = ($"{{ journeys(filter: {{ practitionerId: \"{Gp}\" }}) {{ totalCount }} }}", [Gp]),
        ["journeys by unit"] = ("{ journeys(filter: { unitId: \"chu-demo:er\" }) { totalCount } }", [ErDoctor]),
        ["practitioner"] = ($"{{ practitioner(id: \"{Gp}\") {{ id contact {{ phone }} }} }}", Users),
        ["hospitalUnit"] = ("{ hospitalUnit(id: \"chu-demo:er\") { id contactPoint { phone } capacity { bedsFree } } }", Users),
        ["searchPractitioners"] = ("{ searchPractitioners(territoryId: \"demo\", role: GP) { id } }", Users),
        ["searchUnits"] = ("{ searchUnits(territoryId: \"demo\", kind: EMERGENCY) { id } }", Users),
        ["territory capacity"] = ("{ territory(id: \"demo\") { id capacity { bedsTotal } } }", Users),
        ["territory awaitingQueue"] = ("{ territory(id: \"demo\") { awaitingQueue { id } } }", [Gp, OtherGp]),
        ["territory emergencyQueue"] = ("{ territory(id: \"demo\") { emergencyQueue { id } } }", [Regulator]),
        ["practitioner worklist"] = ($"{{ practitioner(id: \"{Gp}\") {{ worklist {{ stepId }} }} }}", [Gp]),
        ["unit incoming"] = ("{ hospitalUnit(id: \"chu-demo:er\") { incoming { stepId } } }", [ErDoctor]),
        ["auditTrail"] = ("{ auditTrail(journeyId: \"{J}\") { edges { node { operation outcome } } } }", [Patient, Dpo]),
        ["triageProgress"] = ("{ triageProgress(journeyId: \"{J}\") { complete } }", [Patient, Gp, Cardiologist]),
        ["startJourney"] = ("mutation { startJourney(input: { territoryId: \"nope\", patient: { familyName: \"A\", givenName: \"B\", birthDate: \"1990-01-01\" } }) { journey { id } } }",
            [Patient, OtherPatient, Gp, OtherGp, Regulator]),
        ["submitTriage"] = ("mutation { submitTriage(input: { journeyId: \"x\", level: URGENT }) { journey { id } } }", [Patient, OtherPatient, Gp, OtherGp, Regulator]),
        ["takeCharge"] = ("mutation { takeCharge(input: { journeyId: \"x\", practitionerId: \"y\" }) { journey { id } } }", [Gp, OtherGp]),
        ["refer"] = ("mutation { refer(input: { journeyId: \"x\", performer: { unitId: \"u\" }, reason: \"r\" }) { step { id } } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor]),
        ["updateStep"] = ("mutation { updateStep(input: { journeyId: \"x\", stepId: \"y\", action: ACCEPT }) { step { id } } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor, Biologist, Radiologist]),
        ["closeJourney"] = ("mutation { closeJourney(input: { journeyId: \"x\", outcome: \"o\" }) { journey { id } } }", [Gp, OtherGp, Regulator]),
        ["cancelJourney"] = ("mutation { cancelJourney(input: { journeyId: \"x\", reason: \"r\" }) { journey { id } } }", [Patient, OtherPatient, Gp, OtherGp, Regulator]),
        ["returnToPrimaryCare"] = ("mutation { returnToPrimaryCare(input: { journeyId: \"x\" }) { journey { id } } }", [Regulator]),
        ["updateUnitCapacity"] = ("mutation { updateUnitCapacity(input: { unitId: \"chu-demo:er\", bedsTotal: -1, bedsOccupied: 0, erWaiting: 0, erLongestWaitMinutes: 0, doctorsOnDuty: 0 }) { bedsFree } }",
            [ErDoctor, Admin]),
        ["requestTeleExpertise"] = ("mutation { requestTeleExpertise(input: { journeyId: \"x\", expertId: \"y\", question: \"q\" }) { step { id } } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor]),
        ["answerTeleExpertise"] = ("mutation { answerTeleExpertise(input: { journeyId: \"x\", stepId: \"y\", answer: \"a\" }) { step { id } } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor]),
        ["convertTeleExpertiseToReferral"] = ("mutation { convertTeleExpertiseToReferral(input: { journeyId: \"x\", stepId: \"y\", reason: \"r\" }) { step { id } } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor]),
        ["teleExpertiseStatement"] = ($"{{ teleExpertiseStatement(practitionerId: \"{Gp}\", month: \"2026-13\") {{ csv }} }}", [Gp, Admin]),
        ["availableSlots"] = ($"{{ availableSlots(performer: {{ practitionerId: \"{Cardiologist}\" }}) {{ start }} }}", Professionals),
        ["availability"] = ("{ availability(performer: { unitId: \"lab-demo:bio\" }) { timeZone } }", Professionals),
        ["agenda"] = ($"{{ agenda(performer: {{ practitionerId: \"{Cardiologist}\" }}, from: \"2026-01-01T00:00:00Z\", to: \"2026-01-02T00:00:00Z\") {{ start }} }}",
            [Cardiologist, Admin]),
        ["practitioner nextFreeSlot"] = ($"{{ practitioner(id: \"{Cardiologist}\") {{ nextFreeSlot {{ start }} }} }}", Professionals),
        ["setWeeklyAvailability"] = ($"mutation {{ setWeeklyAvailability(input: {{ performer: {{ practitionerId: \"{Cardiologist}\" }}, blocks: [{{ day: MONDAY, start: \"09:00\", end: \"12:00\", slotMinutes: 1 }}] }}) {{ timeZone }} }}",
            [Cardiologist, Admin]),
        ["addAvailabilityException"] = ("mutation { addAvailabilityException(input: { performer: { unitId: \"lab-demo:bio\" }, date: \"2020-01-01\", kind: CLOSED }) { timeZone } }",
            [Biologist, Admin]),
        ["removeAvailabilityException"] = ($"mutation {{ removeAvailabilityException(input: {{ performer: {{ practitionerId: \"{Cardiologist}\" }}, exceptionId: \"{Unknown}\" }}) {{ timeZone }} }}",
            [Cardiologist, Admin]),
        ["myJourneys"] = ("{ myJourneys { id } }", [Patient, OtherPatient]),
        ["alerts"] = ($"{{ alerts(practitionerId: \"{Gp}\") {{ id }} }}", [Gp]),
        ["orderLabs"] = ("mutation { orderLabs(input: { journeyId: \"x\", unitId: \"lab-demo:bio\", clinicalInformation: \"c\" }) { step { id } } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor]),
        ["postLabResults"] = ("mutation { postLabResults(input: { journeyId: \"x\", stepId: \"y\" }) { step { id } } }", [ErDoctor, Biologist, Radiologist]),
        ["acknowledgeAlert"] = ("mutation { acknowledgeAlert(input: { journeyId: \"x\", alertId: \"y\" }) { journey { id } } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor]),
        ["setOnCallGp"] = ("mutation { setOnCallGp(input: { territoryId: \"demo\", practitionerId: \"nope\" }) { id } }", [Admin]),
        ["bookSlot"] = ("mutation { bookSlot(input: { journeyId: \"x\", stepId: \"y\", start: \"2030-01-01T09:00:00Z\" }) { step { id } } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor, Biologist, Radiologist]),
        ["cancelBooking"] = ("mutation { cancelBooking(input: { journeyId: \"x\", stepId: \"y\", reason: \"r\" }) { step { id } } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor, Biologist, Radiologist]),
        ["capacityHistory"] = ("{ capacityHistory(unitId: \"chu-demo:er\", from: \"2026-01-01T00:00:00Z\", to: \"2026-01-01T01:00:00Z\") { start } }", Professionals),
        ["importUnitCapacity"] = ("mutation { importUnitCapacity(csv: \"\") { applied } }", [ErDoctor, Admin]),
        ["epidemiology"] = ("{ epidemiology(territoryId: \"demo\", from: \"2026-01-01\", to: \"2026-01-02\") { suppressionThreshold } }", [Gp, OtherGp, Regulator, Admin]),
        ["epidemiologyThresholds"] = ("{ epidemiologyThresholds(territoryId: \"demo\") { category } }", [Gp, OtherGp, Regulator, Admin]),
        ["setEpidemiologyThreshold"] = ("mutation { setEpidemiologyThreshold(input: { territoryId: \"demo\", category: SKIN, minDailyAverage: -1, riseRatio: 0 }) { category } }",
            [Admin]),
        ["conversation"] = ("{ conversation(journeyId: \"x\") { journeyId } }", Clinical),
        ["sendMessage"] = ("mutation { sendMessage(input: { journeyId: \"x\", text: \"t\" }) { id } }", Clinical),
        ["markConversationRead"] = ("mutation { markConversationRead(input: { journeyId: \"x\", upToSequence: 0 }) { lastReadSequence } }", Clinical),
        ["documents"] = ("{ documents(journeyId: \"x\") { id } }", Clinical),
        ["createPrescription"] = ("mutation { createPrescription(input: { journeyId: \"x\", category: MEDICATION, lines: [{ text: \"t\" }] }) { id } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor]),
        ["linkDocument"] = ("mutation { linkDocument(input: { journeyId: \"x\", documentId: \"y\" }) { id } }",
            [Gp, OtherGp, Cardiologist, OtherSpecialist, ErDoctor, Biologist, Radiologist, Regulator]),
    };

    public static TheoryData<string, string> RoleByOperation()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in Operations.Keys)
            foreach (var user in Users.Append("anonymous"))
                data.Add(operation, user);
        return data;
    }

    [Theory]
    [MemberData(nameof(RoleByOperation))]
    public async Task GivenAUser_WhenTheyUseAnOperation_ThenOnlyTheRolesItNamesGetPastAccess(string operation, string user)
    {
        var (template, allowed) = Operations[operation];
        var query = template.Replace("{J}", fixture.JourneyId, StringComparison.Ordinal);
        using var client = fixture.As(user == "anonymous" ? null : user);
        var code = await CodeOf(client, query);
        if (allowed.Contains(user)) code.ShouldNotBeOneOf(["FORBIDDEN", "UNAUTHENTICATED"], $"{user} should pass '{operation}'");
        else code.ShouldBe(user == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", $"{user} should be refused '{operation}'");
    }

    public static TheoryData<string, bool> CareTeam() => new()
    {
        { Patient, true }, { OtherPatient, false }, { Gp, true }, { OtherGp, false }, { Cardiologist, true },
        { OtherSpecialist, false }, { ErDoctor, false }, { Biologist, false }, { Radiologist, false }, { Regulator, false },
        { Admin, false }, { Dpo, false },
    };

    [Theory]
    [MemberData(nameof(CareTeam))]
    public async Task GivenTheReferenceJourney_WhenAUserReadsIt_ThenOnlyItsCareTeamSeesIt(string user, bool allowed)
    {
        using var client = fixture.As(user);
        var result = await client.GraphQLAsync("query($j: ID!) { journey(id: $j) { id patient { familyName } } }", new { j = fixture.JourneyId });
        if (allowed) result["data"]!["journey"]!["id"]!.GetValue<string>().ShouldBe(fixture.JourneyId);
        else
        {
            Code(result).ShouldBe("FORBIDDEN");
            result.ToJsonString().ShouldNotContain("Matrix"); // the patient's name never leaks
        }
    }

    [Theory]
    [MemberData(nameof(CareTeam))]
    public async Task GivenTheReferenceJourney_WhenAUserSubscribesToIt_ThenOnlyItsCareTeamIsServed(string user, bool allowed)
    {
        await using var socket = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(user));
        await socket.SubscribeAsync("1", "subscription($j: ID!) { journeyUpdated(journeyId: $j, sinceVersion: 0) { version } }", new { j = fixture.JourneyId });
        var message = await socket.NextMessageAsync();
        if (allowed) message["type"]!.GetValue<string>().ShouldBe("next");
        else SubscribeError(message).ShouldBe("FORBIDDEN");
    }

    [Theory]
    [MemberData(nameof(CareTeam))]
    public async Task GivenTheReferenceJourney_WhenAUserOpensItsConversationAndFile_ThenOnlyItsCareTeamGetsIn(string user, bool allowed)
    {
        using var client = fixture.As(user);
        var conversation = await client.GraphQLAsync("query($j: ID!) { conversation(journeyId: $j) { messages { lastSequence } } }", new { j = fixture.JourneyId });
        var documents = await client.GraphQLAsync("query($j: ID!) { documents(journeyId: $j) { id } }", new { j = fixture.JourneyId });
        await using var socket = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(user));
        await socket.SubscribeAsync("1", "subscription($j: ID!) { conversationUpdated(journeyId: $j, sinceSequence: 0) { type } }", new { j = fixture.JourneyId });
        if (allowed)
        {
            Code(conversation).ShouldBe("OK");
            Code(documents).ShouldBe("OK");
            (await socket.IsQuietAsync(TimeSpan.FromMilliseconds(500))).ShouldBeTrue(); // nothing to replay yet, no refusal
        }
        else
        {
            Code(conversation).ShouldBe("FORBIDDEN");
            Code(documents).ShouldBe("FORBIDDEN");
            SubscribeError(await socket.NextMessageAsync()).ShouldBe("FORBIDDEN");
        }
    }

    [Theory]
    [InlineData(Gp, true)]
    [InlineData(OtherGp, false)]
    [InlineData(Cardiologist, false)]
    [InlineData(Patient, false)]
    public async Task GivenAReferralFeed_WhenAUserSubscribesToTheFirstGpsFeed_ThenOnlyThatGpMay(string user, bool allowed)
    {
        await using var socket = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(user));
        await socket.SubscribeAsync("1", "subscription($p: ID!) { referralStatusChanged(practitionerId: $p) { version } }", new { p = Gp });
        if (allowed) (await socket.IsQuietAsync(TimeSpan.FromSeconds(1))).ShouldBeTrue();
        else SubscribeError(await socket.NextMessageAsync()).ShouldBe("FORBIDDEN");
    }

    [Fact]
    public async Task GivenTheReferenceJourney_WhenStrangersTryToChangeIt_ThenTheGrainsRefuseAndNothingChanges()
    {
        using var gp = fixture.As(Gp);
        var before = (await JourneyScript.ReadAsync(gp, fixture.JourneyId)).ToJsonString();

        using var otherGp = fixture.As(OtherGp);
        Code(await otherGp.GraphQLAsync("mutation($j: ID!) { closeJourney(input: { journeyId: $j, outcome: \"done\" }) { journey { id } } }",
            new { j = fixture.JourneyId })).ShouldBe("FORBIDDEN");
        using var otherSpecialist = fixture.As(OtherSpecialist);
        Code(await otherSpecialist.GraphQLAsync("mutation($i: UpdateStepInput!) { updateStep(input: $i) { step { id } } }",
            new { i = new { journeyId = fixture.JourneyId, stepId = fixture.ReferralId, action = "ACCEPT" } })).ShouldBe("FORBIDDEN");
        using var otherPatient = fixture.As(OtherPatient);
        Code(await otherPatient.GraphQLAsync("mutation($j: ID!) { cancelJourney(input: { journeyId: $j, reason: \"not mine\" }) { journey { id } } }",
            new { j = fixture.JourneyId })).ShouldBe("FORBIDDEN");
        using var patient = fixture.As(Patient);
        Code(await patient.GraphQLAsync("mutation($j: ID!) { submitTriage(input: { journeyId: $j, level: NON_URGENT }) { journey { id } } }",
            new { j = fixture.JourneyId })).ShouldBe("FORBIDDEN"); // patients cannot set a level

        (await JourneyScript.ReadAsync(gp, fixture.JourneyId)).ToJsonString().ShouldBe(before);
    }

    /// <summary>
    /// A refusal at subscribe time arrives as graphql-ws' reference server sends it: a single `next`
    /// carrying the errors (then `complete`); validation failures come as `error`.
    /// </summary>
    private static string SubscribeError(JsonObject message) => message["type"]!.GetValue<string>() switch
    {
        "next" => message["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>(),
        "error" => message["payload"]![0]!["extensions"]!["code"]!.GetValue<string>(),
        var other => throw new ShouldAssertException($"expected a refusal, got '{other}': {message.ToJsonString()}"),
    };

    private static async Task<string> CodeOf(GraphQLHttp client, string query) => Code(await client.GraphQLAsync(query));

    private static string Code(JsonObject result) =>
        result["errors"]?.AsArray().FirstOrDefault()?["extensions"]?["code"]?.GetValue<string>() ?? "OK";
}
