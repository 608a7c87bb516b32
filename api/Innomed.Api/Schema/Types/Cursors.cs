using System.Text;
using Innomed.Grains.Errors;

namespace Innomed.Api.Schema.Types;

/// <summary>Opaque cursors: base64 of a version or an offset, so clients don't build them.</summary>
public static class Cursors
{
    public static string From(int value) => Convert.ToBase64String(Encoding.ASCII.GetBytes($"v{value}"));

    public static int Version(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return 0;
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith('v') && int.TryParse(text.AsSpan(1), out var value) && value >= 0) return value;
        }
        catch (FormatException)
        {
        }
        throw new InvalidInputException("after", "'after' is not a cursor this API issued.");
    }
}
