using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Innomed.Api.Documents.Storage;

/// <summary>How metadata maps to columns, shared by both stores so they store the same text.</summary>
internal static class DocumentColumns
{
    public const string Metadata =
        "id, journey_id, step_id, kind, name, content_type, size, sha256, uploaded_by, uploaded_by_role, uploaded_at, prescription";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Kind(DocumentKind kind) => kind switch
    {
        DocumentKind.ConsultationReport => "CONSULTATION_REPORT",
        DocumentKind.Result => "RESULT",
        DocumentKind.Letter => "LETTER",
        DocumentKind.Prescription => "PRESCRIPTION",
        _ => "OTHER",
    };

    public static DocumentKind Kind(string text) => text switch
    {
        "CONSULTATION_REPORT" => DocumentKind.ConsultationReport,
        "RESULT" => DocumentKind.Result,
        "LETTER" => DocumentKind.Letter,
        "PRESCRIPTION" => DocumentKind.Prescription,
        _ => DocumentKind.Other,
    };

    public static string? PrescriptionJson(Prescription? prescription) =>
        prescription is null ? null : JsonSerializer.Serialize(prescription, Json);

    public static Prescription? Prescription(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Prescription>(json, Json);

    // Fixed width, so that text order is time order in SQLite.
    private const string AtFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string FormatAt(DateTimeOffset at) => at.UtcDateTime.ToString(AtFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseAt(string text) =>
        DateTimeOffset.ParseExact(text, AtFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
