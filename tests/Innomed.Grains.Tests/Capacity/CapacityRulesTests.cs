using Innomed.Grains.Capacity;
using Innomed.Grains.Directory;
using Innomed.Grains.Errors;

namespace Innomed.Grains.Tests.Capacity;

/// <summary>Bucketing, beds by type and the CSV format, without a cluster.</summary>
[Trait("Category", "Unit")]
public sealed class CapacityRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static CapacitySample At(DateTimeOffset at, int occupied, int erWaiting = 0) => new()
    {
        UnitId = "u", TerritoryId = "t", RecordedAt = at, BedsTotal = 20, BedsOccupied = occupied, ErWaiting = erWaiting,
    };

    [Fact]
    public void GivenSamples_WhenBucketedByHour_ThenEachBucketHoldsTheValueInForceAtItsEndAndTheMaxDuringIt()
    {
        CapacitySample[] samples =
        [
            At(T0.AddMinutes(-30), 10),           // before the range: in force when it starts
            At(T0.AddMinutes(10), 15, erWaiting: 7),
            At(T0.AddMinutes(50), 12),
            At(T0.AddHours(2).AddMinutes(5), 18),
        ];
        var points = CapacityBuckets.Aggregate(samples, T0, T0.AddHours(3), CapacityBucket.Hour);
        points.Count.ShouldBe(3);
        points[0].Start.ShouldBe(T0);
        points[0].Samples.ShouldBe(2);
        points[0].BedsOccupied.ShouldBe(12);
        points[0].BedsOccupiedMax.ShouldBe(15);
        points[0].ErWaitingMax.ShouldBe(7);
        points[1].Samples.ShouldBe(0);                  // nothing published: carried forward
        points[1].BedsOccupied.ShouldBe(12);
        points[1].BedsOccupiedMax.ShouldBe(12);
        points[2].BedsOccupied.ShouldBe(18);
        points[2].BedsOccupiedMax.ShouldBe(18);
    }

    [Fact]
    public void GivenNoSampleBeforeTheFirst_WhenBucketed_ThenEarlierBucketsAreLeftOut()
    {
        var points = CapacityBuckets.Aggregate([At(T0.AddHours(5).AddMinutes(1), 3)], T0, T0.AddDays(1), CapacityBucket.SixHours);
        points.Select(p => p.Start).ShouldBe([T0.AddHours(0), T0.AddHours(6), T0.AddHours(12), T0.AddHours(18)]);
        points.Count.ShouldBe(4);
        points[0].Samples.ShouldBe(1);
        points[3].BedsOccupied.ShouldBe(3);
    }

    [Fact]
    public void GivenAFromInsideABucket_WhenBucketed_ThenBucketsStartOnUtcBoundaries()
    {
        var points = CapacityBuckets.Aggregate([At(T0, 1)], T0.AddMinutes(20), T0.AddMinutes(50), CapacityBucket.FifteenMinutes);
        points.Select(p => p.Start).ShouldBe([T0.AddMinutes(15), T0.AddMinutes(30), T0.AddMinutes(45)]);
    }

    [Fact]
    public void GivenTooManyPointsOrAnEmptyPeriod_WhenValidated_ThenBadUserInput()
    {
        Should.Throw<InvalidInputException>(() => CapacityBuckets.Validate(T0, T0.AddDays(40), CapacityBucket.FifteenMinutes)).Field.ShouldBe("bucket");
        Should.Throw<InvalidInputException>(() => CapacityBuckets.Validate(T0, T0, CapacityBucket.Hour)).Field.ShouldBe("to");
        CapacityBuckets.Validate(T0, T0.AddDays(90), CapacityBucket.Hour); // 2161 points: fine
    }

    [Fact]
    public void GivenBedsByType_WhenValidated_ThenTotalsAreTheirSums()
    {
        var capacity = DirectoryValidation.Capacity(new UnitCapacity
        {
            Beds = [new BedCount(BedType.Usi, 6, 5), new BedCount(BedType.Icu, 20, 18)],
        });
        capacity.BedsTotal.ShouldBe(26);
        capacity.BedsOccupied.ShouldBe(23);
        capacity.Beds.Select(b => b.Type).ShouldBe([BedType.Icu, BedType.Usi]);
    }

    [Fact]
    public void GivenContradictoryOrDuplicateBeds_WhenValidated_ThenRefused()
    {
        Should.Throw<InvalidInputException>(() => DirectoryValidation.Capacity(new UnitCapacity
        {
            BedsTotal = 30, Beds = [new BedCount(BedType.Icu, 20, 18)],
        })).Field.ShouldBe("bedsTotal");
        Should.Throw<InvalidInputException>(() => DirectoryValidation.Capacity(new UnitCapacity
        {
            Beds = [new BedCount(BedType.Icu, 20, 18), new BedCount(BedType.Icu, 2, 1)],
        })).Field.ShouldBe("beds");
        Should.Throw<InvalidInputException>(() => DirectoryValidation.Capacity(new UnitCapacity
        {
            Beds = [new BedCount(BedType.Icu, -1, 0)],
        })).Field.ShouldBe("beds");
    }

    [Fact]
    public void GivenAValidCsv_WhenParsed_ThenUnitsCombineTheirRows()
    {
        const string csv = """
            unitId;bedType;bedsTotal;bedsOccupied;erWaiting;erLongestWaitMinutes;doctorsOnDuty
            chu:icu;REA;20;18;;;3
            chu:icu;USI;6;5;;;
            "chu:er";;40;31;18;140;6
            """;
        var (rows, errors) = CapacityCsv.Parse(csv);
        errors.ShouldBeEmpty();
        rows.Count.ShouldBe(3);
        var (units, combineErrors) = CapacityCsv.Combine(rows);
        combineErrors.ShouldBeEmpty();
        units.Count.ShouldBe(2);
        units[0].UnitId.ShouldBe("chu:icu");
        units[0].Capacity.Beds.ShouldBe([new BedCount(BedType.Icu, 20, 18), new BedCount(BedType.Usi, 6, 5)]);
        units[0].Capacity.DoctorsOnDuty.ShouldBe(3);
        units[1].Capacity.BedsTotal.ShouldBe(40);
        units[1].Capacity.ErLongestWaitMinutes.ShouldBe(140);
        units[1].Capacity.Beds.ShouldBeEmpty();
    }

    [Fact]
    public void GivenABadCsv_WhenParsed_ThenEveryErrorHasItsRowAndColumn()
    {
        const string csv = """
            unitId,bedType,bedsTotal,bedsOccupied,erWaiting
            a,ICU,10,x,0
            b,BUNK,10,2,0
            c,,10,2
            ,,,,
            d,ICU,-3,2,0
            """;
        var (_, errors) = CapacityCsv.Parse(csv);
        errors.ShouldContain(e => e.Row == 2 && e.Column == "bedsOccupied" && e.Code == "BAD_NUMBER");
        errors.ShouldContain(e => e.Row == 3 && e.Column == "bedType" && e.Code == "UNKNOWN_BED_TYPE");
        errors.ShouldContain(e => e.Row == 4 && e.Column == null && e.Code == "WRONG_FIELD_COUNT");
        errors.ShouldContain(e => e.Row == 5 && e.Column == "unitId" && e.Code == "REQUIRED");
        errors.ShouldContain(e => e.Row == 6 && e.Column == "bedsTotal" && e.Code == "NEGATIVE");
        errors.Count.ShouldBe(5);
    }

    [Fact]
    public void GivenAHeaderProblemOrConflicts_WhenParsed_ThenTheyAreReported()
    {
        CapacityCsv.Parse("unit,beds\nx,1").Errors.Select(e => e.Code).ShouldBe(["UNKNOWN_COLUMN", "UNKNOWN_COLUMN", "MISSING_COLUMN"]);
        CapacityCsv.Parse("unitId,doctorsOnDuty").Errors.Single().Code.ShouldBe("EMPTY");
        CapacityCsv.Parse("").Errors.Single().Code.ShouldBe("EMPTY");
        var conflict = CapacityCsv.Parse("unitId,bedType,bedsTotal,bedsOccupied,doctorsOnDuty\na,ICU,1,1,3\na,USI,1,1,4\na,ICU,2,2,\na,,9,9,");
        conflict.Errors.ShouldContain(e => e.Row == 3 && e.Column == "doctorsOnDuty" && e.Code == "CONFLICT");
        conflict.Errors.ShouldContain(e => e.Row == 4 && e.Code == "DUPLICATE_BED_TYPE");
        conflict.Errors.ShouldContain(e => e.Row == 5 && e.Code == "CONFLICT" && e.Column == "bedsTotal");
        var tooMany = "unitId\n" + string.Join('\n', Enumerable.Range(0, CapacityCsv.MaxRows + 1).Select(i => $"u{i}"));
        CapacityCsv.Parse(tooMany).Errors.ShouldContain(e => e.Code == "TOO_MANY_ROWS");
    }

    [Fact]
    public void GivenBeds_WhenEncodedForTheTable_ThenTheyRoundTrip()
    {
        BedCount[] beds = [new(BedType.Icu, 20, 18), new(BedType.ShortStay, 4, 5)];
        CapacityBedsCodec.Decode(CapacityBedsCodec.Encode(beds)).ShouldBe(beds);
        CapacityBedsCodec.Decode("").ShouldBeEmpty();
    }
}
