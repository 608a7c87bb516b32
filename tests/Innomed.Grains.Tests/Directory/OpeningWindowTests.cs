using Innomed.Grains.Directory;

namespace Innomed.Grains.Tests.Directory;

/// <summary>The CPTS opening window, in Paris time across daylight saving changes.</summary>
[Trait("Category", "Unit")]
public sealed class OpeningWindowTests
{
    [Theory]
    [InlineData("2026-01-15T06:59:00Z", false)] // 07:59 Paris (winter, UTC+1)
    [InlineData("2026-01-15T07:00:00Z", true)]  // 08:00
    [InlineData("2026-01-15T20:59:00Z", true)]  // 21:59
    [InlineData("2026-01-15T21:00:00Z", false)] // 22:00
    [InlineData("2026-07-15T06:00:00Z", true)]  // 08:00 Paris (summer, UTC+2)
    [InlineData("2026-07-15T20:00:00Z", false)] // 22:00 Paris
    [InlineData("2026-07-15T05:59:00Z", false)] // 07:59 Paris
    public void GivenTheDefaultWindow_WhenAsked_ThenOpenFromEightToTenParisTime(string utc, bool open) =>
        OpeningWindow.IsOpen(null, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(open);

    [Fact]
    public void GivenANightWindow_WhenAsked_ThenItSpansMidnight()
    {
        var night = new OpeningHours(new TimeOnly(20, 0), new TimeOnly(6, 0));
        OpeningWindow.IsOpen(night, new DateTimeOffset(2026, 1, 15, 23, 0, 0, TimeSpan.Zero)).ShouldBeTrue();
        OpeningWindow.IsOpen(night, new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero)).ShouldBeFalse();
    }

    [Fact]
    public void GivenEqualOpeningAndClosing_WhenAsked_ThenOpenAroundTheClock() =>
        OpeningWindow.IsOpen(new OpeningHours(TimeOnly.MinValue, TimeOnly.MinValue), DateTimeOffset.UtcNow).ShouldBeTrue();

    [Theory]
    [InlineData("2026-03-29T00:59:00Z", false)]
    [InlineData("2026-03-29T01:00:00Z", true)]
    [InlineData("2026-10-25T00:59:00Z", true)]
    [InlineData("2026-10-25T01:00:00Z", false)]
    public void GivenTheFallbackRule_WhenAtTheSwitch_ThenSummerTimeStartsAndEndsAtOneUtc(string utc, bool summer) =>
        OpeningWindow.IsEuSummerTime(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal)).ShouldBe(summer);
}
