using System.Diagnostics.Metrics;

namespace Innomed.Api.Audit;

/// <summary>Meter <c>Innomed.Audit</c>: what operations watch to know the trail is complete.</summary>
internal static class AuditMetrics
{
    public const string MeterName = "Innomed.Audit";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Rows committed to the database.</summary>
    public static readonly Counter<long> Stored = Meter.CreateCounter<long>("innomed.audit.records.stored");

    /// <summary>Operations refused before they ran because the buffer was full (fail closed).</summary>
    public static readonly Counter<long> Refused = Meter.CreateCounter<long>("innomed.audit.requests.refused");

    /// <summary>Records not stored: buffer still full after the wait, or shutdown deadline passed. Each is logged in full.</summary>
    public static readonly Counter<long> Lost = Meter.CreateCounter<long>("innomed.audit.records.lost");

    /// <summary>Failed batch writes (each is retried).</summary>
    public static readonly Counter<long> WriteFailures = Meter.CreateCounter<long>("innomed.audit.write.failures");
}
