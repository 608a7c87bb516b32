using System.Globalization;
using System.Text;
using Innomed.Grains.Errors;

namespace Innomed.Api.Audit;

/// <summary>
/// Position in a journey's trail, newest first: (at, id), because rows from several gateways
/// arrive slightly out of time order and two accesses can share a timestamp. Opaque base64 for clients.
/// </summary>
public readonly record struct AuditCursor(DateTimeOffset At, long Id)
{
    public string Encode() =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"a{At.UtcTicks}:{Id}")));

    public static AuditCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (text.StartsWith('a') && colon > 1
                && long.TryParse(text.AsSpan(1, colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return new AuditCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidInputException("after", "'after' is not a cursor this API issued.");
    }
}
