using Innomed.Grains.Epidemiology;
using Innomed.Grains.Journeys;
using Innomed.Grains.Tests.Cluster;
using Innomed.Grains.Triage;
using Orleans.Core.Internal;

namespace Innomed.Grains.Tests.Epidemiology;

/// <summary>Triage results reach the territory's counters through the journey's index fan-out, exactly once per journey.</summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class EpidemiologyGrainTests(ClusterFixture fixture)
{
    private static int Index(SymptomCategory c) => (int)c;

    private async Task<(IJourneyGrain Journey, DateOnly Day)> TriagedAsync(CareNetwork net, string reason)
    {
        var journey = fixture.Client.GetGrain<IJourneyGrain>(Guid.NewGuid());
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        var snapshot = await journey.SubmitTriageAsync(new TriageSubmission { Answers = [new("reason", reason)] }, net.Gp);
        return (journey, DayOf(snapshot.Triage!.TriagedAt));
    }

    private static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(LocalTime.ToLocal(at, "Europe/Paris").DateTime);

    private Task<IReadOnlyList<int>> RawAsync(CareNetwork net, DateOnly day) =>
        fixture.Client.GetGrain<IEpidemiologyDayGrain>(EpidemiologyKeys.Day(net.TerritoryId, day)).GetCountsAsync();

    [Fact]
    public async Task GivenATriage_WhenItCompletes_ThenItsCategoryIsCountedOnceAndPublishedSuppressed()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var (_, day) = await TriagedAsync(net, "Toux grasse depuis hier");

        (await RawAsync(net, day))[Index(SymptomCategory.Respiratory)].ShouldBe(1);
        var report = await fixture.Client.GetGrain<IEpidemiologyGrain>(net.TerritoryId).GetReportAsync(day, day);
        var respiratory = report.Days.Single().Categories.Single(c => c.Category == SymptomCategory.Respiratory);
        respiratory.Suppressed.ShouldBeTrue();
        respiratory.Count.ShouldBeNull();
        report.Days.Single().Total.Count.ShouldBeNull();
        report.SuppressionThreshold.ShouldBe(5);

        var live = RecordingLiveEventPublisher.Instance.EpidemiologyFor(net.TerritoryId);
        live.ShouldNotBeEmpty();
        live[^1].Day.Categories.Single(c => c.Category == SymptomCategory.Respiratory).Count.ShouldBeNull(); // never the raw 1
    }

    [Fact]
    public async Task GivenFiveTriagesOfOneCategory_WhenReported_ThenTheCountIsShown()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var days = new List<DateOnly>();
        for (var i = 0; i < 5; i++) days.Add((await TriagedAsync(net, "Toux sèche et gorge qui gratte")).Day);
        var day = days[^1];
        var expected = days.Count(d => d == day);
        var report = await fixture.Client.GetGrain<IEpidemiologyGrain>(net.TerritoryId).GetReportAsync(day, day);
        var respiratory = report.Days.Single().Categories.Single(c => c.Category == SymptomCategory.Respiratory);
        if (expected >= 5) respiratory.Count.ShouldBe(5);
        else respiratory.Suppressed.ShouldBeTrue(); // the shared test clock crossed midnight: split over two days
        (await RawAsync(net, day)).Sum().ShouldBe(expected);
    }

    [Fact]
    public async Task GivenARetriage_WhenTheCategoryChanges_ThenTheJourneyMovesWithoutBeingCountedTwice()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var (journey, day) = await TriagedAsync(net, "Toux grasse");
        await journey.SubmitTriageAsync(new TriageSubmission { Answers = [new("reason", "Douleur thoracique")] }, net.Gp);
        await journey.SubmitTriageAsync(new TriageSubmission { Answers = [new("reason", "Douleur thoracique et essoufflement")] }, net.Gp);

        var raw = await RawAsync(net, day); // still the day of the first triage
        raw[Index(SymptomCategory.Respiratory)].ShouldBe(0);
        raw[Index(SymptomCategory.Cardiovascular)].ShouldBe(1);
        raw.Sum().ShouldBe(1);
    }

    [Fact]
    public async Task GivenARedelivery_WhenAnOlderOrTheSameVersionArrives_ThenNothingChanges()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var day = new DateOnly(2026, 1, 15);
        var counter = fixture.Client.GetGrain<IEpidemiologyDayGrain>(EpidemiologyKeys.Day(net.TerritoryId, day));
        var journey = Guid.NewGuid();
        await counter.RecordAsync(new TriageCount(journey, 3, SymptomCategory.Trauma));
        await counter.RecordAsync(new TriageCount(journey, 3, SymptomCategory.Trauma));
        await counter.RecordAsync(new TriageCount(journey, 2, SymptomCategory.Skin)); // late, older
        var raw = await counter.GetCountsAsync();
        raw[Index(SymptomCategory.Trauma)].ShouldBe(1);
        raw.Sum().ShouldBe(1);
        await counter.RecordAsync(new TriageCount(journey, 7, SymptomCategory.Skin));
        (await counter.GetCountsAsync())[Index(SymptomCategory.Skin)].ShouldBe(1);
        (await counter.GetCountsAsync()).Sum().ShouldBe(1);
    }

    [Fact]
    public async Task GivenSixtyJourneysTriagedAtOnce_WhenTheirCountsShareWrites_ThenEachIsCountedOnceAndTheTerritoryHasTheLastRevision()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var day = new DateOnly(2026, 2, 3);
        var counter = fixture.Client.GetGrain<IEpidemiologyDayGrain>(EpidemiologyKeys.Day(net.TerritoryId, day));
        var journeys = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToArray();

        // Concurrent, and each journey delivered twice (a redelivery races its first delivery).
        await Task.WhenAll(journeys.Concat(journeys).Select((j, i) =>
            counter.RecordAsync(new TriageCount(j, 2, i % 2 == 0 ? SymptomCategory.Respiratory : SymptomCategory.Trauma))));

        var raw = await counter.GetCountsAsync();
        raw.Sum().ShouldBe(60);
        raw[Index(SymptomCategory.Respiratory)].ShouldBe(30);
        var report = await fixture.Client.GetGrain<IEpidemiologyGrain>(net.TerritoryId).GetReportAsync(day, day);
        report.Days.Single().Total.Count.ShouldBe(60, "every caller was answered after a push that carried its change");
    }

    [Fact]
    public async Task GivenABusyDay_WhenItsCounterIsReactivated_ThenTheLoggedTriagesAreCountedAgainAndRevisionsKeepRising()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var day = new DateOnly(2026, 2, 4);
        var counter = fixture.Client.GetGrain<IEpidemiologyDayGrain>(EpidemiologyKeys.Day(net.TerritoryId, day));
        var journeys = Enumerable.Range(0, 150).Select(_ => Guid.NewGuid()).ToArray();
        // More than the logged map writes whole: most of these are in the log, not in the snapshot.
        foreach (var (j, i) in journeys.Select((j, i) => (j, i)))
            await counter.RecordAsync(new TriageCount(j, 2, i % 3 == 0 ? SymptomCategory.Skin : SymptomCategory.Trauma));
        await counter.RecordAsync(new TriageCount(journeys[1], 3, SymptomCategory.Skin)); // Trauma → Skin

        await counter.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(200);

        var raw = await counter.GetCountsAsync();
        raw[Index(SymptomCategory.Skin)].ShouldBe(51);
        raw[Index(SymptomCategory.Trauma)].ShouldBe(99);
        await counter.RecordAsync(new TriageCount(Guid.NewGuid(), 2, SymptomCategory.Skin));
        var report = await fixture.Client.GetGrain<IEpidemiologyGrain>(net.TerritoryId).GetReportAsync(day, day);
        report.Days.Single().Total.Count.ShouldBe(151, "the reactivated counter's revision is above the last one pushed");
    }

    [Fact]
    public async Task GivenARisingCategory_WhenTodayCrossesTheThreshold_ThenOneAlertIsRaisedAndPublished()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var epidemiology = fixture.Client.GetGrain<IEpidemiologyGrain>(net.TerritoryId);
        var today = DayOf(SharedClock.Instance.GetUtcNow());
        int[] Row(int respiratory)
        {
            var row = new int[EpidemiologySeries.Categories.Count];
            row[Index(SymptomCategory.Respiratory)] = respiratory;
            return row;
        }
        // Two weeks ago: 5 a day; last week: 5 a day; then 10 a day.
        for (var ago = 13; ago >= 1; ago--) await epidemiology.ApplyDayAsync(today.AddDays(-ago), 1, Row(ago >= 7 ? 5 : 10));
        (await epidemiology.GetActiveAlertsAsync()).Select(a => a.Category).ShouldBe([SymptomCategory.Respiratory]);
        var raised = RecordingLiveEventPublisher.Instance.EpidemiologyFor(net.TerritoryId).SelectMany(u => u.RaisedAlerts).ToList();
        raised.Count.ShouldBe(1);
        raised[0].RollingAverage7.ShouldBeGreaterThan(raised[0].PreviousAverage7);

        await epidemiology.ApplyDayAsync(today, 1, Row(10)); // still in alert: not raised again
        RecordingLiveEventPublisher.Instance.EpidemiologyFor(net.TerritoryId).SelectMany(u => u.RaisedAlerts).Count().ShouldBe(1);

        await epidemiology.SetThresholdAsync(new EpidemiologyThreshold(SymptomCategory.Respiratory, 50, 0.5));
        await epidemiology.ApplyDayAsync(today, 2, Row(11)); // above the old rule, under the new minimum: cleared
        (await epidemiology.GetActiveAlertsAsync()).ShouldBeEmpty();
        (await epidemiology.GetThresholdsAsync()).Single(t => t.Category == SymptomCategory.Respiratory).MinDailyAverage.ShouldBe(50);
    }

    [Fact]
    public async Task GivenABackfilledPast_WhenDaysArriveOutOfTheLookback_ThenNoAlertIsRaised()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var epidemiology = fixture.Client.GetGrain<IEpidemiologyGrain>(net.TerritoryId);
        var today = DayOf(SharedClock.Instance.GetUtcNow());
        var row = new int[EpidemiologySeries.Categories.Count];
        for (var ago = 30; ago >= 10; ago--)
        {
            row[Index(SymptomCategory.Digestive)] = ago > 17 ? 0 : 20;
            await epidemiology.ApplyDayAsync(today.AddDays(-ago), 1, row.ToArray());
        }
        (await epidemiology.GetActiveAlertsAsync()).ShouldBeEmpty();
        await Should.ThrowAsync<Errors.InvalidInputException>(() => epidemiology.GetReportAsync(today, today.AddDays(-1)));
        await Should.ThrowAsync<Errors.InvalidInputException>(() => epidemiology.GetReportAsync(today.AddDays(-400), today));
    }
}
