using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>
/// Availability and booking over HTTP and WebSocket with real tokens: a specialist publishes slots,
/// a GP finds them through the directory, books, reschedules and cancels; 100 GPs' requests race
/// for one slot and exactly one wins.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class BookingEndToEndTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    private const string Dermatologist = "20000000003";
    private const string Psychiatrist = "20000000004";

    private const string Book = "mutation($i: BookSlotInput!) { bookSlot(input: $i) { step { id status slot { start end } } journey { stage } } }";

    private const string Slots = """
        query($p: ID!, $taken: Boolean) { availableSlots(performer: { practitionerId: $p }, includeTaken: $taken) { start end reservedForUrgent free } }
        """;

    [Fact]
    public async Task GivenPublishedSlots_When100ReferralsRaceForOneSlotOverHttp_ThenExactlyOneIsScheduledAndTheOthersGetSlotUnavailable()
    {
        var (gp, _) = await PublishedAsync();
        var free = await FreeAsync(gp);
        var target = free.First(s => !s["reservedForUrgent"]!.GetValue<bool>())["start"]!.GetValue<string>();
        var referrals = new List<(string Journey, string Step)>();
        foreach (var batch in Enumerable.Range(0, 100).Chunk(20))
            referrals.AddRange(await Task.WhenAll(batch.Select(i => ReferralAsync(gp, $"Race{i}", "ROUTINE"))));

        var results = await Task.WhenAll(referrals.Select(r =>
            gp.GraphQLAsync(Book, new { i = new { journeyId = r.Journey, stepId = r.Step, start = target } })));

        results.Count(r => r["errors"] is null).ShouldBe(1);
        var refusals = results.Where(r => r["errors"] is not null).Select(r => r["errors"]![0]!["extensions"]!).ToArray();
        refusals.Length.ShouldBe(99);
        refusals.ShouldAllBe(e => e["code"]!.GetValue<string>() == "SLOT_UNAVAILABLE" && e["reason"]!.GetValue<string>() == "TAKEN");
        results.Single(r => r["errors"] is null)["data"]!["bookSlot"]!["step"]!["status"]!.GetValue<string>().ShouldBe("SCHEDULED");
        var slots = await gp.DataAsync(Slots, new { p = Dermatologist, taken = true });
        slots["availableSlots"]!.AsArray().Single(s => s!["start"]!.GetValue<string>() == target)!["free"]!.GetValue<bool>().ShouldBeFalse();
        var statuses = await Task.WhenAll(referrals.Select(async r =>
            (await gp.DataAsync("query($j: ID!) { journey(id: $j) { steps { id status } } }", new { j = r.Journey }))["journey"]!["steps"]!
                .AsArray().Single(s => s!["id"]!.GetValue<string>() == r.Step)!["status"]!.GetValue<string>()));
        statuses.Count(s => s == "SCHEDULED").ShouldBe(1);
        statuses.Count(s => s == "REQUESTED").ShouldBe(99);
    }

    [Fact]
    public async Task GivenAGpsFeed_WhenTheyBookRescheduleAndCancel_ThenTheStepFollowsTheSlotsAreFreedAndTheFeedShowsEachChange()
    {
        var (gp, specialist) = await PublishedAsync();
        var token = await fixture.Host.Http.SignInAsync(JourneyScript.Gp);
        await using var feed = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, token);
        var listening = fixture.Host.ActiveSubscriptions + 1;
        await feed.SubscribeAsync("gp", """
            subscription($p: ID!) { referralStatusChanged(practitionerId: $p) { type step { id status slot { start } } } }
            """, new { p = JourneyScript.Gp });
        await fixture.Host.WaitForSubscriptionsAsync(listening);
        var (journey, step) = await ReferralAsync(gp, "Booked", "ROUTINE");
        (await feed.NextDataAsync())["referralStatusChanged"]!["type"]!.GetValue<string>().ShouldBe("STEP_ADDED");
        var free = (await FreeAsync(gp)).Where(s => !s["reservedForUrgent"]!.GetValue<bool>()).Select(s => s["start"]!.GetValue<string>()).ToArray();

        var booked = (await gp.DataAsync(Book, new { i = new { journeyId = journey, stepId = step, start = free[0] } }))["bookSlot"]!;
        booked["step"]!["status"]!.GetValue<string>().ShouldBe("SCHEDULED");
        booked["journey"]!["stage"]!.GetValue<string>().ShouldBe("SPECIALIST_CARE");
        var scheduled = (await feed.NextDataAsync())["referralStatusChanged"]!["step"]!;
        scheduled["status"]!.GetValue<string>().ShouldBe("SCHEDULED");
        Same(scheduled["slot"]!["start"]!, free[0]);
        var agenda = await specialist.DataAsync("""
            query($p: ID!, $f: DateTimeOffset!, $t: DateTimeOffset!) { agenda(performer: { practitionerId: $p }, from: $f, to: $t) { start journeyId stepId } }
            """, new { p = Dermatologist, f = DateTimeOffset.UtcNow, t = DateTimeOffset.UtcNow.AddDays(7) });
        agenda["agenda"]!.AsArray().ShouldContain(b => b!["stepId"]!.GetValue<string>() == step);

        await specialist.DataAsync(Book, new { i = new { journeyId = journey, stepId = step, start = free[1] } });
        var afterMove = await FreeStartsAsync(gp);
        afterMove.ShouldContain(free[0]);
        afterMove.ShouldNotContain(free[1]);

        var cancelled = (await gp.DataAsync("""
            mutation($i: CancelBookingInput!) { cancelBooking(input: $i) { step { status slot { start } } } }
            """, new { i = new { journeyId = journey, stepId = step, reason = "Patient unavailable that day" } }))["cancelBooking"]!["step"]!;
        cancelled["status"]!.GetValue<string>().ShouldBe("ACCEPTED");
        cancelled["slot"].ShouldBeNull();
        (await FreeStartsAsync(gp)).ShouldContain(free[1]);
    }

    [Fact]
    public async Task GivenSlotsReservedForUrgentReferrals_WhenARoutineReferralTakesOne_ThenRefusedAndAnUrgentOneGetsIt()
    {
        var (gp, _) = await PublishedAsync();
        var reserved = (await FreeAsync(gp)).First(s => s["reservedForUrgent"]!.GetValue<bool>())["start"]!.GetValue<string>();
        var (routineJourney, routine) = await ReferralAsync(gp, "Routine", "ROUTINE");
        var (urgentJourney, urgent) = await ReferralAsync(gp, "Urgent", "URGENT");

        var refused = await gp.GraphQLAsync(Book, new { i = new { journeyId = routineJourney, stepId = routine, start = reserved } });
        refused["errors"]![0]!["extensions"]!["reason"]!.GetValue<string>().ShouldBe("RESERVED");
        var accepted = await gp.DataAsync(Book, new { i = new { journeyId = urgentJourney, stepId = urgent, start = reserved } });
        accepted["bookSlot"]!["step"]!["status"]!.GetValue<string>().ShouldBe("SCHEDULED");
    }

    [Fact]
    public async Task GivenTheDirectory_WhenSearchingForAFreeSlotWithinHours_ThenOnlyPractitionersWithOneAreListed()
    {
        var (gp, _) = await PublishedAsync();
        using var psychiatrist = new GraphQLHttp(fixture.Host.BaseAddress, await fixture.Host.Http.SignInAsync(Psychiatrist));
        await psychiatrist.DataAsync("""
            mutation($p: ID!) { setWeeklyAvailability(input: { performer: { practitionerId: $p }, blocks: [] }) { timeZone } }
            """, new { p = Psychiatrist });

        var found = await gp.DataAsync("""
            { searchPractitioners(territoryId: "demo", role: SPECIALIST, freeSlotWithinHours: 48) { id nextFreeSlot(withinHours: 48) { start reservedForUrgent } } }
            """);
        var ids = found["searchPractitioners"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToArray();
        ids.ShouldContain(Dermatologist);
        ids.ShouldNotContain(Psychiatrist);
        found["searchPractitioners"]!.AsArray().ShouldAllBe(p => p!["nextFreeSlot"] != null);

        var bad = await gp.GraphQLAsync("{ searchPractitioners(territoryId: \"demo\", freeSlotWithinHours: 0) { id } }");
        bad["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task GivenBadAvailability_WhenPublished_ThenTypedErrorsAndTheTemplateIsUnchanged()
    {
        var (gp, specialist) = await PublishedAsync();
        var before = await specialist.DataAsync("query($p: ID!) { availability(performer: { practitionerId: $p }) { blocks { day start end } } }", new { p = Dermatologist });

        var overlap = await specialist.GraphQLAsync("""
            mutation($p: ID!) { setWeeklyAvailability(input: { performer: { practitionerId: $p }, blocks: [
              { day: MONDAY, start: "09:00", end: "12:00", slotMinutes: 20 }, { day: MONDAY, start: "11:00", end: "13:00", slotMinutes: 20 } ] }) { timeZone } }
            """, new { p = Dermatologist });
        overlap["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("BAD_USER_INPUT");
        var badTime = await specialist.GraphQLAsync("""
            mutation($p: ID!) { setWeeklyAvailability(input: { performer: { practitionerId: $p }, blocks: [ { day: MONDAY, start: "9h", end: "12:00", slotMinutes: 20 } ] }) { timeZone } }
            """, new { p = Dermatologist });
        badTime["errors"]![0]!["extensions"]!["field"]!.GetValue<string>().ShouldBe("blocks[0].start");
        var notMine = await gp.GraphQLAsync("""
            mutation($p: ID!) { setWeeklyAvailability(input: { performer: { practitionerId: $p }, blocks: [] }) { timeZone } }
            """, new { p = Dermatologist });
        notMine["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("FORBIDDEN");

        var after = await specialist.DataAsync("query($p: ID!) { availability(performer: { practitionerId: $p }) { blocks { day start end } } }", new { p = Dermatologist });
        after.ToJsonString().ShouldBe(before.ToJsonString());
    }

    /// <summary>The dermatologist publishes slots every day, 06:00–18:00, and 18:00–20:00 reserved for urgent GP referrals.</summary>
    private async Task<(GraphQLHttp Gp, GraphQLHttp Specialist)> PublishedAsync()
    {
        var anonymous = fixture.Host.Http;
        var gp = new GraphQLHttp(fixture.Host.BaseAddress, await anonymous.SignInAsync(JourneyScript.Gp));
        var specialist = new GraphQLHttp(fixture.Host.BaseAddress, await anonymous.SignInAsync(Dermatologist));
        var blocks = Enum.GetNames<DayOfWeek>().SelectMany(d => new object[]
        {
            new { day = d.ToUpperInvariant(), start = "06:00", end = "18:00", slotMinutes = 30 },
            new { day = d.ToUpperInvariant(), start = "18:00", end = "20:00", slotMinutes = 30, reservedForUrgent = true },
        }).ToArray();
        await specialist.DataAsync("""
            mutation($p: ID!, $b: [AvailabilityBlockInput!]!) { setWeeklyAvailability(input: { performer: { practitionerId: $p }, blocks: $b }) { timeZone } }
            """, new { p = Dermatologist, b = blocks });
        return (gp, specialist);
    }

    private static async Task<JsonNode[]> FreeAsync(GraphQLHttp gp) =>
        (await gp.DataAsync(Slots, new { p = Dermatologist, taken = false }))["availableSlots"]!.AsArray()
            .Where(s => DateTimeOffset.Parse(s!["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddHours(1))
            .Select(s => s!).ToArray();

    private static async Task<string[]> FreeStartsAsync(GraphQLHttp gp) =>
        (await FreeAsync(gp)).Select(s => s["start"]!.GetValue<string>()).ToArray();

    private static void Same(JsonNode start, string expected) =>
        DateTimeOffset.Parse(start.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<(string Journey, string Step)> ReferralAsync(GraphQLHttp gp, string name, string priority)
    {
        var journey = await JourneyScript.StartAsync(gp, name);
        await gp.DataAsync("mutation($j: ID!) { submitTriage(input: { journeyId: $j, level: SEMI_URGENT }) { journey { id } } }", new { j = journey });
        await gp.DataAsync("mutation($j: ID!, $p: ID!) { takeCharge(input: { journeyId: $j, practitionerId: $p }) { journey { id } } }",
            new { j = journey, p = JourneyScript.Gp });
        var step = await gp.DataAsync($$"""
            mutation($j: ID!, $p: ID!) { refer(input: { journeyId: $j, performer: { practitionerId: $p }, reason: "Lésion cutanée", priority: {{priority}} }) { step { id } } }
            """, new { j = journey, p = Dermatologist });
        return (journey, step["refer"]!["step"]!["id"]!.GetValue<string>());
    }
}
