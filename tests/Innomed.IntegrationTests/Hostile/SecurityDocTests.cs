namespace Innomed.IntegrationTests.Hostile;

/// <summary>docs/SECURITY.md documents every case of the suite, with the status and code the suite checks.</summary>
[Trait("Category", "Hostile")]
public sealed class SecurityDocTests
{
    [Fact]
    public void Given_TheSuite_When_ReadingSecurityMd_Then_EveryCaseIsAListedRow()
    {
        var doc = File.ReadAllText(FindDoc());
        var rows = ProtocolCases.All.Concat(DocumentCases.All).Concat(InputCases.All).Concat(DomainCases.All).Concat(TokenCases.All)
            .Select(c => $"| {c.Name} | {(int)c.Status} | `{c.Code ?? "–"}` |")
            .Concat(WebSocketCases.All.Select(c => c.Expected.Split(' ') is var parts && parts.Length > 1
                ? $"| {c.Name} | {parts[0]} | `{parts[1]}` |"
                : $"| {c.Name} | {parts[0]} | `–` |"));

        rows.Where(row => !doc.Contains(row, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private static string FindDoc()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "docs", "SECURITY.md");
            if (File.Exists(candidate)) return candidate;
        }

        throw new FileNotFoundException("docs/SECURITY.md not found above " + AppContext.BaseDirectory);
    }
}
