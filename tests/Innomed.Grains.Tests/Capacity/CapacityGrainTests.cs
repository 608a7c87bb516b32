using Innomed.Grains.Capacity;
using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;
using Innomed.Grains.Tests.Cluster;

namespace Innomed.Grains.Tests.Capacity;

/// <summary>Capacity by bed type, the roll-up, the history outbox and the CSV import on the two-silo cluster.</summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class CapacityGrainTests(ClusterFixture fixture)
{
    private static readonly TestCapacityHistoryStore Store = TestCapacityHistoryStore.Instance;

    private static UnitCapacity IcuAndUsi(int icuOccupied) => new()
    {
        Beds = [new BedCount(BedType.Icu, 20, icuOccupied), new BedCount(BedType.Usi, 6, 5)], ErWaiting = 0, DoctorsOnDuty = 3,
    };

    [Fact]
    public async Task GivenBedsByType_WhenAUnitPublishes_ThenTotalsRollUpByTypeAndTheHistoryGetsTheSample()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var unit = fixture.Client.GetGrain<IHospitalUnitGrain>(net.UnitId);
        var stored = await unit.UpdateCapacityAsync(IcuAndUsi(18));
        stored.BedsTotal.ShouldBe(26);
        stored.BedsOccupied.ShouldBe(23);

        var roll = await fixture.Client.GetGrain<ITerritoryGrain>(net.TerritoryId).GetCapacityAsync();
        roll.Beds.ShouldBe([new BedCount(BedType.Icu, 20, 18), new BedCount(BedType.Usi, 6, 5)]);
        roll.DoctorsOnDuty.ShouldBe(3);

        var history = await Eventually.Async(() => Task.FromResult(Store.Of(net.UnitId)), h => h.Count == 1, "the history sample");
        history[0].RecordedAt.ShouldBe(stored.UpdatedAt);
        history[0].Beds.ShouldBe(stored.Beds);
        history[0].TerritoryId.ShouldBe(net.TerritoryId);
    }

    [Fact]
    public async Task GivenTheHistoryTableFailing_WhenUpdatesAreAcknowledged_ThenEveryOneIsWrittenOnceItRecovers()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var unit = fixture.Client.GetGrain<IHospitalUnitGrain>(net.UnitId);
        Store.FailNext(net.UnitId, 3);
        var acknowledged = new List<DateTimeOffset>();
        for (var i = 0; i < 4; i++)
        {
            acknowledged.Add((await unit.UpdateCapacityAsync(IcuAndUsi(10 + i))).UpdatedAt); // fast: not waiting for the table
            SharedClock.Instance.Advance(TimeSpan.FromMinutes(1));
        }
        var history = await Eventually.Async(() => Task.FromResult(Store.Of(net.UnitId)), h => h.Count == 4, "every acknowledged sample");
        history.Select(h => h.RecordedAt).ShouldBe(acknowledged);
        history.Select(h => h.Beds[0].Occupied).ShouldBe([10, 11, 12, 13]);
        Store.Attempts(net.UnitId).ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task GivenTwoUpdatesAtTheSameInstant_WhenStored_ThenBothKeepDistinctTimes()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var unit = fixture.Client.GetGrain<IHospitalUnitGrain>(net.UnitId);
        var first = await unit.UpdateCapacityAsync(IcuAndUsi(1));
        var second = await unit.UpdateCapacityAsync(IcuAndUsi(2));
        second.UpdatedAt.ShouldBeGreaterThan(first.UpdatedAt);
        await Eventually.Async(() => Task.FromResult(Store.Of(net.UnitId)), h => h.Count == 2, "both samples");
    }

    [Fact]
    public async Task GivenHistory_WhenQueriedByHour_ThenPointsComeFromTheStore()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var unit = fixture.Client.GetGrain<IHospitalUnitGrain>(net.UnitId);
        var first = await unit.UpdateCapacityAsync(IcuAndUsi(4));
        SharedClock.Instance.Advance(TimeSpan.FromHours(2));
        var last = await unit.UpdateCapacityAsync(IcuAndUsi(9));
        await Eventually.Async(() => Task.FromResult(Store.Of(net.UnitId)), h => h.Count == 2, "both samples");

        var from = first.UpdatedAt;
        var points = await fixture.Client.GetGrain<ICapacityHistoryGrain>(0).QueryAsync(net.UnitId, from, last.UpdatedAt.AddMinutes(1), CapacityBucket.Hour);
        points.Count.ShouldBeGreaterThanOrEqualTo(3);
        points[0].Beds[0].Occupied.ShouldBe(4);
        points[^1].Beds[0].Occupied.ShouldBe(9);
        points[^1].BedsOccupied.ShouldBe(14);
        points.Skip(1).SkipLast(1).ShouldAllBe(p => p.Samples == 0 && p.BedsOccupied == 9); // carried forward
    }

    [Fact]
    public async Task GivenACsvWithAnError_WhenImported_ThenNothingIsApplied()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var unit = fixture.Client.GetGrain<IHospitalUnitGrain>(net.UnitId);
        await unit.UpdateCapacityAsync(IcuAndUsi(1));
        var csv = $"unitId,bedType,bedsTotal,bedsOccupied\n{net.UnitId},ICU,20,7\nnobody:here,ICU,1,1";
        var result = await fixture.Client.GetGrain<ICapacityImportGrain>(0).ImportAsync(csv, Actor.System);
        result.Applied.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ShouldBe(new CapacityImportError(3, "unitId", "UNKNOWN_UNIT", "No unit 'nobody:here'."));
        (await unit.GetCapacityAsync())!.Beds[0].Occupied.ShouldBe(1);
    }

    [Fact]
    public async Task GivenStaffOfAnotherUnit_WhenTheyImport_ThenTheRowIsForbidden()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var stranger = new Actor("staff-x", ActorRole.HospitalStaff, "other:unit");
        var result = await fixture.Client.GetGrain<ICapacityImportGrain>(0)
            .ImportAsync($"unitId;bedsTotal;bedsOccupied\n{net.UnitId};10;2", stranger);
        result.Applied.ShouldBeFalse();
        result.Errors.Single().Code.ShouldBe("FORBIDDEN");
        (await fixture.Client.GetGrain<IHospitalUnitGrain>(net.UnitId).GetCapacityAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task GivenAValidCsv_WhenItsStaffImports_ThenTheUnitIsReplacedWhole()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var result = await fixture.Client.GetGrain<ICapacityImportGrain>(0).ImportAsync(
            $"unitId,bedType,bedsTotal,bedsOccupied,erWaiting,doctorsOnDuty\n{net.UnitId},CONVENTIONAL,30,25,,2\n{net.UnitId},USI,6,6,,2",
            net.UnitStaff);
        result.Applied.ShouldBeTrue();
        result.Errors.ShouldBeEmpty();
        result.Units.Single().Capacity.BedsTotal.ShouldBe(36);
        var stored = (await fixture.Client.GetGrain<IHospitalUnitGrain>(net.UnitId).GetCapacityAsync())!;
        stored.Beds.Select(b => b.Type).ShouldBe([BedType.Usi, BedType.Conventional]);
        stored.DoctorsOnDuty.ShouldBe(2);
    }
}
