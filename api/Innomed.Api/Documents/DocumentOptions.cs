namespace Innomed.Api.Documents;

/// <summary>Settings under <c>Innomed:Documents</c>.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Innomed:Documents";

    /// <summary>Largest accepted upload, in bytes (default 10 MiB). The request body limit of <c>POST /documents</c>.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most documents listed per journey (the patient file); older ones beyond it are not shown.</summary>
    public int MaxPerJourney { get; set; } = 500;
}
