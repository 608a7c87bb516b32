using Innomed.Grains.Availability;
using Innomed.Grains.Errors;

namespace Innomed.Grains.Tests.Availability;

[Trait("Category", "Unit")]
public sealed class SlotGeneratorTests
{
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeOnly Noon = new(12, 0);

    private static WeeklyAvailability Mondays(params AvailabilityOverride[] exceptions) => new()
    {
        Blocks = [new AvailabilityBlock(DayOfWeek.Monday, Nine, Noon, 20), new AvailabilityBlock(DayOfWeek.Monday, Noon, new TimeOnly(13, 0), 30, true)],
        Exceptions = exceptions,
    };

    [Fact]
    public void Given_AWinterMonday_When_Expanded_Then_SlotsFollowTheTemplateInParisTime()
    {
        var monday = new DateOnly(2026, 1, 5);
        var slots = SlotGenerator.ForDate(Mondays(), monday).ToArray();

        slots.Length.ShouldBe(9 + 2);
        slots[0].Start.ShouldBe(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero)); // 09:00 Paris = 08:00 UTC in winter
        slots[0].End.ShouldBe(slots[0].Start.AddMinutes(20));
        slots.Count(s => s.Reserved).ShouldBe(2);
        slots.Last().Start.ShouldBe(new DateTimeOffset(2026, 1, 5, 11, 30, 0, TimeSpan.Zero));
        SlotGenerator.ForDate(Mondays(), monday.AddDays(1)).ShouldBeEmpty();
    }

    [Fact]
    public void Given_ASummerMonday_When_Expanded_Then_TheOffsetIsTwoHours()
    {
        var slots = SlotGenerator.ForDate(Mondays(), new DateOnly(2026, 7, 6)).ToArray();
        slots[0].Start.UtcDateTime.ShouldBe(new DateTime(2026, 7, 6, 7, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Given_TheSpringForwardNight_When_Expanded_Then_TheSkippedHourHasNoSlots()
    {
        // 29 March 2026: Paris clocks jump from 02:00 to 03:00.
        var night = new WeeklyAvailability { Blocks = [new AvailabilityBlock(DayOfWeek.Sunday, new TimeOnly(1, 0), new TimeOnly(4, 0), 60)] };
        var slots = SlotGenerator.ForDate(night, new DateOnly(2026, 3, 29)).ToArray();

        slots.Select(s => s.Start.UtcDateTime.Hour).ShouldBe([0, 1]); // 01:00 (UTC+1) and 03:00 (UTC+2); 02:00 does not exist
    }

    [Fact]
    public void Given_ClosedExceptions_When_Expanded_Then_TheyRemoveTheirRangeOrTheWholeDay()
    {
        var monday = new DateOnly(2026, 1, 5);
        var morningOff = new AvailabilityOverride { Date = monday, Kind = AvailabilityOverrideKind.Closed, Start = Nine, End = new TimeOnly(10, 0) };
        var dayOff = new AvailabilityOverride { Date = monday, Kind = AvailabilityOverrideKind.Closed };

        SlotGenerator.ForDate(Mondays(morningOff), monday).Count().ShouldBe(11 - 3);
        SlotGenerator.ForDate(Mondays(dayOff), monday).ShouldBeEmpty();
        SlotGenerator.ForDate(Mondays(dayOff), monday.AddDays(7)).Count().ShouldBe(11);
    }

    [Fact]
    public void Given_AnExtraException_When_Expanded_Then_ItsSlotsAreAddedWithTheirReservation()
    {
        var tuesday = new DateOnly(2026, 1, 6);
        var extra = new AvailabilityOverride
        {
            Date = tuesday, Kind = AvailabilityOverrideKind.Extra, Start = new TimeOnly(18, 0), End = new TimeOnly(19, 0),
            SlotMinutes = 15, ReservedForUrgent = true,
        };
        var slots = SlotGenerator.ForDate(Mondays(extra), tuesday).ToArray();

        slots.Length.ShouldBe(4);
        slots.ShouldAllBe(s => s.Reserved);
    }

    [Fact]
    public void Given_ARange_When_Expanded_Then_OnlySlotsStartingInsideItComeOut()
    {
        var from = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero); // 10:00 Paris
        var to = new DateTimeOffset(2026, 1, 12, 8, 30, 0, TimeSpan.Zero); // next Monday 09:30 Paris
        var slots = SlotGenerator.Expand(Mondays(), from, to).ToArray();

        slots.First().Start.ShouldBe(from);
        slots.ShouldAllBe(s => s.Start >= from && s.Start < to);
        slots.Length.ShouldBe(6 + 2 + 2); // 10:00–12:00 (6), 12:00–13:00 reserved (2), then 09:00 and 09:20 a week later
    }

    [Theory]
    [InlineData(9, 0, 9, 0, 20, "blocks[0].end")]
    [InlineData(9, 0, 9, 10, 20, "blocks[0].slotMinutes")]
    [InlineData(9, 0, 12, 0, 2, "blocks[0].slotMinutes")]
    public void Given_ABadBlock_When_Validated_Then_TheFieldIsNamed(int h1, int m1, int h2, int m2, int minutes, string field)
    {
        var ex = Should.Throw<InvalidInputException>(() => AvailabilityValidation.Template("Europe/Paris",
            [new AvailabilityBlock(DayOfWeek.Monday, new TimeOnly(h1, m1), new TimeOnly(h2, m2), minutes)]));
        ex.Field.ShouldBe(field);
    }

    [Fact]
    public void Given_OverlappingBlocksOrAnUnknownZone_When_Validated_Then_Refused()
    {
        Should.Throw<InvalidInputException>(() => AvailabilityValidation.Template("Europe/Paris",
            [new AvailabilityBlock(DayOfWeek.Monday, Nine, Noon, 20), new AvailabilityBlock(DayOfWeek.Monday, new TimeOnly(11, 0), new TimeOnly(14, 0), 20)]))
            .Field.ShouldBe("blocks");
        Should.Throw<InvalidInputException>(() => AvailabilityValidation.Template("Mars/Olympus", []))
            .Field.ShouldBe("timeZone");
        Should.NotThrow(() => AvailabilityValidation.Template("Europe/Paris",
            [new AvailabilityBlock(DayOfWeek.Monday, Nine, Noon, 20), new AvailabilityBlock(DayOfWeek.Monday, Noon, new TimeOnly(14, 0), 20)]));
    }
}
