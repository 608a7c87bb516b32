using System.Globalization;
using System.Text;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

/// <summary>
/// A statement as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line
/// break, quotes doubled. Text fields that a spreadsheet would run as a formula (=, +, -, @ first)
/// get a leading apostrophe. Dates are UTC ISO 8601, amounts invariant with a dot.
/// </summary>
public static class StatementCsv
{
    public static readonly string[] Header =
        ["practitioner_id", "month", "answered_at", "request_id", "journey_id", "role", "act_code", "amount_eur", "billable",
         "not_billable_reason", "counterpart_id"];

    public static string Write(TeleExpertiseStatement statement)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var line in statement.Lines)
        {
            Row(csv,
            [
                statement.PractitionerId, statement.Month,
                line.AnsweredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                line.RequestId.ToString(), line.JourneyId.ToString(), line.Role == BillingRole.Expert ? "EXPERT" : "REQUESTER",
                line.Code, line.Amount.ToString("0.00", CultureInfo.InvariantCulture), line.Billable ? "true" : "false",
                line.NotBillableReason ?? "", line.CounterpartId ?? "",
            ]);
        }
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Escape));
        csv.Append("\r\n");
    }

    internal static string Escape(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r') field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
