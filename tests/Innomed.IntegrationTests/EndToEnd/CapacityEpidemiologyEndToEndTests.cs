using System.Text.Json.Nodes;
using Innomed.Grains;
using Innomed.IntegrationTests.Access;
using static Innomed.IntegrationTests.Access.AccessMatrixFixture;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>
/// Hospital capacity and epidemiology over the real HTTP and WebSocket transports (embedded run,
/// SQLite, demo data with its seeded history, development tokens).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CapacityEpidemiologyEndToEndTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    private const string Er = "chu-demo:er";

    private const string Roll = "subscription { territoryCapacity(territoryId: \"demo\") { updatedAt bedsTotal beds { type total occupied } "
        + "units { unitId capacity { bedsTotal bedsOccupied erWaiting beds { type total occupied free } } } } }";

    private const string History = """
        query($u: ID!, $from: DateTimeOffset!, $b: CapacityBucket) {
          capacityHistory(unitId: $u, from: $from, bucket: $b) { start samples bedsTotal bedsOccupied bedsOccupiedMax erWaiting beds { type occupied } } }
        """;

    private const string Epidemiology = """
        subscription { epidemiologyUpdated(territoryId: "demo") { territoryId raisedAlerts { category }
          day { date total { count suppressed } categories { category count suppressed rollingAverage7 weekTotal } } } }
        """;

    private static string Today => DateOnly.FromDateTime(LocalTime.ToLocal(DateTimeOffset.UtcNow, "Europe/Paris").DateTime).ToString("yyyy-MM-dd");

    private static JsonNode? Unit(JsonNode roll, string unitId) =>
        roll["units"]!.AsArray().Single(u => u!["unitId"]!.GetValue<string>() == unitId)!["capacity"];

    [Fact]
    public async Task GivenTheDashboardListening_WhenTheErPublishesBedsByType_ThenTheRollUpIsLiveAndTheHistoryHasIt()
    {
        await using var dashboard = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Regulator));
        var listening = fixture.Host.ActiveSubscriptions + 1;
        await dashboard.SubscribeAsync("c", Roll, new { });
        var current = (await dashboard.NextDataAsync())["territoryCapacity"]!;
        Unit(current, Er)!["beds"]![0]!["type"]!.GetValue<string>().ShouldBe("SHORT_STAY"); // the demo publishes by type
        await fixture.Host.WaitForSubscriptionsAsync(listening);

        using var er = fixture.As(ErDoctor);
        var stored = (await er.DataAsync("""
            mutation { updateUnitCapacity(input: { unitId: "chu-demo:er", erWaiting: 23, erLongestWaitMinutes: 190, doctorsOnDuty: 5,
              beds: [{ type: SHORT_STAY, total: 12, occupied: 11 }, { type: CONVENTIONAL, total: 8, occupied: 3 }] }) {
              bedsTotal bedsOccupied bedsFree updatedAt beds { type total occupied free } } }
            """))["updateUnitCapacity"]!;
        stored["bedsTotal"]!.GetValue<int>().ShouldBe(20);
        stored["bedsOccupied"]!.GetValue<int>().ShouldBe(14);
        stored["beds"]!.AsArray().Select(b => b!["type"]!.GetValue<string>()).ShouldBe(["CONVENTIONAL", "SHORT_STAY"]);

        var live = (await dashboard.NextDataAsync())["territoryCapacity"]!;
        Unit(live, Er)!["erWaiting"]!.GetValue<int>().ShouldBe(23);
        Unit(live, Er)!["beds"]!.AsArray().Count.ShouldBe(2);
        live["beds"]!.AsArray().ShouldContain(b => b!["type"]!.GetValue<string>() == "CONVENTIONAL" && b["occupied"]!.GetValue<int>() >= 3);

        // The history is written asynchronously: the latest 15-minute point shows the update soon after.
        JsonArray points = [];
        for (var i = 0; i < 50; i++)
        {
            points = (await er.DataAsync(History, new { u = Er, from = DateTimeOffset.UtcNow.AddHours(-2), b = "FIFTEEN_MINUTES" }))["capacityHistory"]!.AsArray();
            if (points.Count > 0 && points[^1]!["erWaiting"]!.GetValue<int>() == 23) break;
            await Task.Delay(100);
        }
        points[^1]!["erWaiting"]!.GetValue<int>().ShouldBe(23);
        points[^1]!["bedsOccupied"]!.GetValue<int>().ShouldBe(14);
        points[^1]!["samples"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(1);

        // The demo's 30 days of history draw one point a day.
        var month = (await er.DataAsync(History, new { u = Er, from = DateTimeOffset.UtcNow.AddDays(-31), b = "DAY" }))["capacityHistory"]!.AsArray();
        month.Count.ShouldBeGreaterThanOrEqualTo(30);
        month.ShouldAllBe(p => p!["bedsTotal"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task GivenACsv_WhenStaffImportIt_ThenErrorsNameRowsAndColumnsAndAValidOneApplies()
    {
        using var er = fixture.As(ErDoctor);
        const string Import = "mutation($csv: String!) { importUnitCapacity(csv: $csv) { applied rows errors { row column code } units { unitId capacity { bedsTotal beds { type } } } } }";
        var refused = (await er.DataAsync(Import, new { csv = "unitId;bedType;bedsTotal;bedsOccupied\nchu-demo:er;UHCD;10;abc\nchu-demo:icu;ICU;20;18" }))["importUnitCapacity"]!;
        refused["applied"]!.GetValue<bool>().ShouldBeFalse();
        refused["errors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["column"]!.GetValue<string>(), e["code"]!.GetValue<string>()))
            .ShouldBe([(2, "bedsOccupied", "BAD_NUMBER")]);
        var forbidden = (await er.DataAsync(Import, new { csv = "unitId;bedType;bedsTotal;bedsOccupied\nchu-demo:er;UHCD;10;4\nchu-demo:icu;ICU;20;18" }))["importUnitCapacity"]!;
        forbidden["applied"]!.GetValue<bool>().ShouldBeFalse();
        forbidden["errors"]!.AsArray().Single()!["code"]!.GetValue<string>().ShouldBe("FORBIDDEN");

        var applied = (await er.DataAsync(Import, new { csv = "unitId,bedType,bedsTotal,bedsOccupied,erWaiting\nchu-demo:er,UHCD,10,4,9" }))["importUnitCapacity"]!;
        applied["applied"]!.GetValue<bool>().ShouldBeTrue();
        applied["units"]![0]!["capacity"]!["bedsTotal"]!.GetValue<int>().ShouldBe(10);
        var unit = (await er.DataAsync("{ hospitalUnit(id: \"chu-demo:er\") { capacity { erWaiting beds { type total } } } }"))["hospitalUnit"]!["capacity"]!;
        unit["erWaiting"]!.GetValue<int>().ShouldBe(9);
        unit["beds"]!.AsArray().Single()!["type"]!.GetValue<string>().ShouldBe("SHORT_STAY");

        using var gp = fixture.As(Gp);
        var code = (await gp.GraphQLAsync(Import, new { csv = "unitId\nchu-demo:er" }))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();
        code.ShouldBe("FORBIDDEN");
    }

    [Fact]
    public async Task GivenTheEpidemiologyDashboard_WhenJourneysAreTriaged_ThenTodaysCountUpdatesLiveAndSmallCountsStaySuppressed()
    {
        await using var dashboard = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(Gp));
        var listening = fixture.Host.ActiveSubscriptions + 1;
        await dashboard.SubscribeAsync("e", Epidemiology, new { });
        await fixture.Host.WaitForSubscriptionsAsync(listening);

        using var gp = fixture.As(Gp);
        var journeys = new List<string>();
        JsonNode? respiratory = null;
        for (var i = 0; i < 6; i++)
        {
            var id = await JourneyScript.StartAsync(gp, $"Epi{i}");
            journeys.Add(id);
            await JourneyScript.TriageAsync(gp, id, ("reason", "Toux grasse depuis deux jours"));
            var update = (await dashboard.NextDataAsync())["epidemiologyUpdated"]!;
            update["day"]!["date"]!.GetValue<string>().ShouldBe(Today);
            respiratory = update["day"]!["categories"]!.AsArray().Single(c => c!["category"]!.GetValue<string>() == "RESPIRATORY");
            var count = respiratory!["count"];
            // Published counts are never 1..4.
            if (count is not null) count.GetValue<int>().ShouldBeGreaterThanOrEqualTo(5);
            else respiratory["suppressed"]!.GetValue<bool>().ShouldBeTrue();
        }
        respiratory!["suppressed"]!.GetValue<bool>().ShouldBeFalse(); // 6 of ours, at least
        respiratory["count"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(6);

        // A re-triage moves a journey to another category: a change, but no extra journey counted.
        var before = respiratory["count"]!.GetValue<int>();
        await JourneyScript.TriageAsync(gp, journeys[0], ("reason", "Douleur thoracique"));
        var moved = (await dashboard.NextDataAsync())["epidemiologyUpdated"]!["day"]!["categories"]!.AsArray()
            .Single(c => c!["category"]!.GetValue<string>() == "RESPIRATORY")!;
        moved["count"]!.GetValue<int>().ShouldBe(before - 1);

        // The report agrees, and the seeded history shows suppressed small categories and derived values.
        using var regulator = fixture.As(Regulator);
        var report = (await regulator.DataAsync("""
            { epidemiology(territoryId: "demo") { suppressionThreshold from to
                days { date total { count suppressed } categories { category count suppressed rollingAverage7 weekOverWeekChange } } } }
            """))["epidemiology"]!;
        report["suppressionThreshold"]!.GetValue<int>().ShouldBe(5);
        var days = report["days"]!.AsArray();
        days.Count.ShouldBe(28);
        days[^1]!["date"]!.GetValue<string>().ShouldBe(Today);
        days[^1]!["categories"]!.AsArray().Single(c => c!["category"]!.GetValue<string>() == "RESPIRATORY")!["count"]!.GetValue<int>().ShouldBe(before - 1);
        var all = days.SelectMany(d => d!["categories"]!.AsArray()).ToList();
        all.ShouldContain(c => c!["suppressed"]!.GetValue<bool>());
        all.Where(c => c!["suppressed"]!.GetValue<bool>()).ShouldAllBe(c => c!["count"] == null);
        all.Where(c => c!["count"] != null).ShouldAllBe(c => c!["count"]!.GetValue<int>() == 0 || c["count"]!.GetValue<int>() >= 5);
        all.ShouldContain(c => c!["rollingAverage7"] != null);
        report.ToJsonString().ShouldNotContain("Epi0"); // aggregate data only
    }

    [Theory]
    [InlineData(Patient)]
    [InlineData(Cardiologist)]
    [InlineData(ErDoctor)]
    [InlineData(Dpo)]
    public async Task GivenSomeoneOutsideTheTerritoryCare_WhenTheySubscribeToEpidemiology_ThenForbidden(string user)
    {
        await using var socket = await GraphQLWsClient.ConnectAsync(fixture.Host.BaseAddress, fixture.Token(user));
        await socket.SubscribeAsync("e", Epidemiology, new { });
        var message = await socket.NextMessageAsync();
        message["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("FORBIDDEN");
        await socket.SubscribeAsync("a", "subscription { epidemiologyAlerts(territoryId: \"demo\") { category } }", new { });
        var alerts = await socket.NextMessageAsync();
        while (alerts["type"]!.GetValue<string>() == "complete") alerts = await socket.NextMessageAsync(); // the first one's end
        alerts["id"]!.GetValue<string>().ShouldBe("a");
        alerts["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("FORBIDDEN");
    }

    [Fact]
    public async Task GivenAnAdmin_WhenTheyLowerAThreshold_ThenItIsReadBackAndTypedErrorsGuardIt()
    {
        using var admin = fixture.As(Admin);
        const string Set = "mutation($i: SetEpidemiologyThresholdInput!) { setEpidemiologyThreshold(input: $i) { category minDailyAverage riseRatio } }";
        var set = (await admin.DataAsync(Set, new { i = new { territoryId = "demo", category = "SKIN", minDailyAverage = 1.5, riseRatio = 0.25 } }))["setEpidemiologyThreshold"]!;
        set["riseRatio"]!.GetValue<double>().ShouldBe(0.25);
        var thresholds = (await admin.DataAsync("{ epidemiologyThresholds(territoryId: \"demo\") { category minDailyAverage } }"))["epidemiologyThresholds"]!.AsArray();
        thresholds.Single(t => t!["category"]!.GetValue<string>() == "SKIN")!["minDailyAverage"]!.GetValue<double>().ShouldBe(1.5);
        thresholds.Count.ShouldBe(11);

        var bad = await admin.GraphQLAsync(Set, new { i = new { territoryId = "demo", category = "SKIN", minDailyAverage = -1, riseRatio = 0.25 } });
        bad["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("BAD_USER_INPUT");
        var unknown = await admin.GraphQLAsync("{ epidemiology(territoryId: \"nowhere\") { from } }");
        unknown["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("NOT_FOUND");
        var tooLong = await admin.GraphQLAsync("{ epidemiology(territoryId: \"demo\", from: \"2020-01-01\", to: \"2026-01-01\") { from } }");
        tooLong["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("BAD_USER_INPUT");
        var history = await admin.GraphQLAsync(History, new { u = Er, from = DateTimeOffset.UtcNow.AddDays(-300), b = "FIFTEEN_MINUTES" });
        history["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("BAD_USER_INPUT");
    }
}
