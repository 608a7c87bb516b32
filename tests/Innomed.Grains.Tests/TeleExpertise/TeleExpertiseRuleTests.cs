using Innomed.Grains.Journeys;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Grains.Tests.TeleExpertise;

/// <summary>The yearly cap, the patient key, the Paris calendar and the default delays.</summary>
[Trait("Category", "Unit")]
public sealed class TeleExpertiseRuleTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    private static LedgerEntry Entry(string expert, bool billable) => new(expert, At, new TeleExpertiseClaimDecision(billable, 0, null));

    [Fact]
    public void GivenFourBillableAnswers_WhenAFifthIsClaimed_ThenItIsNotBillableWithTheReason()
    {
        var recorded = Enumerable.Range(0, 4).Select(i => Entry($"e{i}", true)).ToList();
        var fifth = TeleExpertiseCap.Decide(recorded, new TeleExpertiseClaim(Guid.NewGuid(), "e9", At), 4, TeleExpertiseCapScope.Patient);
        fifth.Billable.ShouldBeFalse();
        fifth.Rank.ShouldBe(5);
        fifth.Reason.ShouldStartWith("YEARLY_CAP");
        TeleExpertiseCap.Decide(recorded.Take(3), new TeleExpertiseClaim(Guid.NewGuid(), "e9", At), 4, TeleExpertiseCapScope.Patient)
            .ShouldBe(new TeleExpertiseClaimDecision(true, 4, null));
    }

    [Fact]
    public void GivenNotBillableAnswersOnRecord_WhenClaiming_ThenOnlyBillableOnesCount()
    {
        var recorded = new[] { Entry("a", true), Entry("a", false), Entry("a", false) };
        TeleExpertiseCap.Decide(recorded, new TeleExpertiseClaim(Guid.NewGuid(), "a", At), 2, TeleExpertiseCapScope.Patient).Billable.ShouldBeTrue();
    }

    [Fact]
    public void GivenTheScopePerExpert_WhenAnotherExpertAnswers_ThenTheFirstExpertsAnswersDoNotCount()
    {
        var recorded = Enumerable.Range(0, 4).Select(_ => Entry("a", true)).ToList();
        TeleExpertiseCap.Decide(recorded, new TeleExpertiseClaim(Guid.NewGuid(), "b", At), 4, TeleExpertiseCapScope.PatientAndExpert).Billable.ShouldBeTrue();
        TeleExpertiseCap.Decide(recorded, new TeleExpertiseClaim(Guid.NewGuid(), "a", At), 4, TeleExpertiseCapScope.PatientAndExpert).Billable.ShouldBeFalse();
        TeleExpertiseCap.Decide(recorded, new TeleExpertiseClaim(Guid.NewGuid(), "b", At), 4, TeleExpertiseCapScope.Patient).Billable.ShouldBeFalse();
    }

    [Fact]
    public void GivenAnIns_WhenKeyed_ThenEveryJourneyOfThePatientSharesTheKey_AndTheKeyHidesTheIns()
    {
        var ins = "2 62 05 75 123 456 78";
        var patient = new PatientIdentity("Durand", "Louise", new DateOnly(1962, 5, 14), Ins: ins);
        var a = PatientKey.For(patient, Guid.NewGuid());
        var b = PatientKey.For(patient with { Ins = "262057512345678" }, Guid.NewGuid());
        a.ShouldBe(b);
        a.ShouldNotContain("262057512345678");
        a.Length.ShouldBe(32);
        PatientKey.For(patient with { Ins = "162057512345678" }, Guid.NewGuid()).ShouldNotBe(a);
    }

    [Fact]
    public void GivenNoIns_WhenKeyed_ThenTheJourneyIsTheKey()
    {
        var patient = new PatientIdentity("Durand", "Louise", new DateOnly(1962, 5, 14));
        var journey = Guid.NewGuid();
        PatientKey.For(patient, journey).ShouldBe(PatientKey.For(patient with { Ins = " " }, journey));
        PatientKey.For(patient, journey).ShouldNotBe(PatientKey.For(patient, Guid.NewGuid()));
        PatientKey.LedgerKey(patient, journey, 2026).ShouldEndWith(":2026");
    }

    [Theory]
    [InlineData("2026-12-31T23:30:00Z", 2027, "2027-01")] // already New Year's Day in Paris (UTC+1)
    [InlineData("2026-12-31T23:00:00Z", 2027, "2027-01")]
    [InlineData("2026-12-31T22:59:59Z", 2026, "2026-12")]
    [InlineData("2026-06-30T21:59:59Z", 2026, "2026-06")]
    [InlineData("2026-06-30T22:00:00Z", 2026, "2026-07")] // summer: UTC+2
    public void GivenAnInstant_WhenCountedTheFrenchWay_ThenParisDecidesTheYearAndMonth(string instant, int year, string month)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        FrenchCalendar.Year(at).ShouldBe(year);
        FrenchCalendar.Month(at).ShouldBe(month);
    }

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData("2026-1", false)]
    [InlineData("2026-13", false)]
    [InlineData("2026-00", false)]
    [InlineData("26-11-1", false)]
    [InlineData("+026-11", false)]
    [InlineData(null, false)]
    public void GivenAMonthArgument_WhenChecked_ThenOnlyYyyyMmPasses(string? month, bool valid) =>
        TeleExpertiseKeys.IsMonth(month).ShouldBe(valid);

    [Fact]
    public void GivenTheDefaults_WhenReadingThem_ThenTheyFollowTheConventionAndTheDocumentedDelays()
    {
        var o = new TeleExpertiseOptions();
        (o.ExpertActCode, o.ExpertActAmount, o.RequesterActCode, o.RequesterActAmount, o.YearlyCap).ShouldBe(("TE2", 20m, "RQD", 10m, 4));
        o.DelayFor(Priority.Routine).ShouldBe(TimeSpan.FromHours(24));
        o.DelayFor(Priority.Urgent).ShouldBe(TimeSpan.FromHours(4));
        o.DelayFor(Priority.Asap).ShouldBe(TimeSpan.FromHours(2));
        o.DelayFor(Priority.Stat).ShouldBe(TimeSpan.FromHours(1));
        var acts = TeleExpertiseTariff.Acts(o, "expert", "gp", new TeleExpertiseClaimDecision(false, 5, "YEARLY_CAP"));
        acts.Select(a => (a.Role, a.PractitionerId, a.Code, a.Amount, a.Billable)).ShouldBe(
            [(BillingRole.Expert, "expert", "TE2", 20m, false), (BillingRole.Requester, "gp", "RQD", 10m, false)]);
    }
}
