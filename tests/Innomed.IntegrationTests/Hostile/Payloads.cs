using System.Text;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>Hostile strings and documents, built once.</summary>
public static class Payloads
{
    public const string SqlInjection = "Robert'); DROP TABLE \"OrleansStorage\"; --";
    public const string ScriptInjection = "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>";
    public const string ControlCharacters = "Ana\u0007\u001b[31m\u0000";
    public const string BidiOverride = "Ana\u202Egnp.exe";
    public const string PathTraversal = "../../../../etc/passwd";
    public static readonly string TenThousand = new('x', 10_000);
    public static readonly string FiveThousand = new('x', 5_000);

    public static string Nested(string open, string inner, string close, int depth)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++) text.Append(open);
        text.Append(inner);
        for (var i = 0; i < depth; i++) text.Append(close);
        return text.ToString();
    }

    public static string Aliases(int count, string field = "__typename") =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }";

    /// <summary>A JSON body whose variables nest <paramref name="depth"/> arrays deep.</summary>
    public static string DeepJsonVariables(int depth) =>
        "{\"query\":\"query($x: [String]) { __typename }\",\"variables\":{\"x\":" + Nested("[", "\"v\"", "]", depth) + "}}";
}
