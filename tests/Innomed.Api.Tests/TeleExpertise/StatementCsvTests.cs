using Innomed.Api.Schema.TeleExpertise;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Tests.TeleExpertise;

/// <summary>The statement's CSV export: RFC 4180 quoting, no formula injection, invariant numbers.</summary>
[Trait("Category", "Unit")]
public sealed class StatementCsvTests
{
    private static readonly Guid Request = new("0197a1c2-0000-7000-8000-000000000001");
    private static readonly Guid Journey = new("0197a1c2-0000-7000-8000-000000000002");

    private static StatementLine Line(bool billable, string? reason = null) => new()
    {
        RequestId = Request, JourneyId = Journey, AnsweredAt = new DateTimeOffset(2026, 11, 3, 10, 15, 0, TimeSpan.FromHours(1)),
        Role = BillingRole.Expert, Code = "TE2", Amount = 20m, Billable = billable, NotBillableReason = reason, CounterpartId = "10000000001",
    };

    [Fact]
    public void GivenAStatement_WhenExported_ThenAHeaderAndOneCrlfRowPerLineInUtcAndInvariantAmounts()
    {
        var csv = StatementCsv.Write(new TeleExpertiseStatement("20000000001", "2026-11", [Line(true)]));
        csv.ShouldBe(
            "practitioner_id,month,answered_at,request_id,journey_id,role,act_code,amount_eur,billable,not_billable_reason,counterpart_id\r\n"
            + $"20000000001,2026-11,2026-11-03T09:15:00Z,{Request},{Journey},EXPERT,TE2,20.00,true,,10000000001\r\n");
    }

    [Fact]
    public void GivenAReasonWithCommasQuotesAndNewLines_WhenExported_ThenItIsQuotedWithQuotesDoubled()
    {
        var csv = StatementCsv.Write(new TeleExpertiseStatement("p", "2026-11", [Line(false, "cap, \"4\"\nreached")]));
        csv.ShouldContain(",false,\"cap, \"\"4\"\"\nreached\",10000000001\r\n");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2", "'-2")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void GivenAFieldASpreadsheetWouldRun_WhenEscaped_ThenItIsDefused(string field, string expected) =>
        StatementCsv.Escape(field).ShouldBe(expected);

    [Fact]
    public void GivenAnEmptyStatement_WhenExported_ThenOnlyTheHeader()
    {
        var csv = StatementCsv.Write(new TeleExpertiseStatement("p", "2026-11", []));
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem().ShouldStartWith("practitioner_id,");
    }
}
