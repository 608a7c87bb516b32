using System.Text;

namespace Innomed.Api.Schema;

/// <summary>Enum member names as GraphQL shows them (AwaitingPrimaryCare → AWAITING_PRIMARY_CARE).</summary>
public static class Names
{
    public static string Constant(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]) && !char.IsUpper(pascal[i - 1])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
