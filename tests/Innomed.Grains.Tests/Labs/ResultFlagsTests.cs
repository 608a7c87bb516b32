using Innomed.Grains.Errors;
using Innomed.Grains.Labs;

namespace Innomed.Grains.Tests.Labs;

[Trait("Category", "Unit")]
public sealed class ResultFlagsTests
{
    private static LabResultEntry Potassium(decimal? value) => new()
    {
        Code = "2823-3", Label = "Potassium", Value = value, Unit = "mmol/L",
        ReferenceLow = 3.5m, ReferenceHigh = 5.0m, CriticalLow = 2.8m, CriticalHigh = 6.2m,
    };

    [Theory]
    [InlineData("2.5", ResultFlag.CriticalLow)]
    [InlineData("2.8", ResultFlag.Low)]          // a limit is inside its range
    [InlineData("3.2", ResultFlag.Low)]
    [InlineData("3.5", ResultFlag.Normal)]
    [InlineData("4.1", ResultFlag.Normal)]
    [InlineData("5.0", ResultFlag.Normal)]
    [InlineData("5.6", ResultFlag.High)]
    [InlineData("6.2", ResultFlag.High)]
    [InlineData("7.1", ResultFlag.CriticalHigh)]
    public void Given_APotassiumValue_When_Flagged_Then_CriticalLimitsWinOverTheReferenceRange(string value, ResultFlag expected) =>
        ResultFlags.Compute(Potassium(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))).ShouldBe(expected);

    [Fact]
    public void Given_TextOrNoLimits_When_Flagged_Then_NotApplicable()
    {
        ResultFlags.Compute(new LabResultEntry { Code = "600-7", Label = "Hémoculture", Text = "Négative" }).ShouldBe(ResultFlag.NotApplicable);
        ResultFlags.Compute(new LabResultEntry { Code = "X", Label = "Y", Value = 12 }).ShouldBe(ResultFlag.NotApplicable);
        ResultFlags.Compute(new LabResultEntry { Code = "X", Label = "Y", Value = 12, CriticalHigh = 10 }).ShouldBe(ResultFlag.CriticalHigh);
        ResultFlags.Compute(new LabResultEntry { Code = "X", Label = "Y", Value = 12, ReferenceHigh = 20 }).ShouldBe(ResultFlag.Normal);
    }

    [Fact]
    public void Given_BadResults_When_Validated_Then_TheOffendingFieldIsNamed()
    {
        Should.Throw<InvalidInputException>(() => ResultFlags.Validate([Potassium(4), Potassium(5)])).Field.ShouldBe("results[1].code");
        Should.Throw<InvalidInputException>(() => ResultFlags.Validate([Potassium(4) with { Text = "and text" }])).Field.ShouldBe("results[0].value");
        Should.Throw<InvalidInputException>(() => ResultFlags.Validate([Potassium(null)])).Field.ShouldBe("results[0].value");
        Should.Throw<InvalidInputException>(() => ResultFlags.Validate([Potassium(4) with { ReferenceLow = 6 }])).Field.ShouldBe("results[0].referenceHigh");
        Should.Throw<InvalidInputException>(() => ResultFlags.Validate([Potassium(4) with { CriticalLow = 3.6m }])).Field.ShouldBe("results[0].criticalLow");
        Should.Throw<InvalidInputException>(() => ResultFlags.Validate([Potassium(4) with { Code = "K; DROP" }])).Field.ShouldBe("results[0].code");
        Should.NotThrow(() => ResultFlags.Validate([Potassium(4)]));
    }
}
