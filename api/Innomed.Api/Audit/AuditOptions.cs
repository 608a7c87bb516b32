namespace Innomed.Api.Audit;

/// <summary>Settings under <c>Innomed:Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Innomed:Audit";

    /// <summary>
    /// Records held in memory while the database is slow or down (~200 bytes each). When it is full
    /// the gateway refuses journey operations (fail closed) instead of serving them unrecorded.
    /// </summary>
    public int BufferCapacity { get; set; } = 50_000;

    /// <summary>Most records written in one COPY (PostgreSQL) or one transaction (SQLite).</summary>
    public int BatchSize { get; set; } = 1_000;

    /// <summary>How long a request waits for room in a full buffer before its record is given up (and logged).</summary>
    public TimeSpan EnqueueTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Ceiling of the exponential back-off between attempts to write a failed batch.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// PostgreSQL only: a role the audit connections switch to (e.g. <c>innomed_app</c>), so the writer
    /// holds INSERT/SELECT only even when the login role owns the table. The login role must be a
    /// member of it. Unset: the login role as is.
    /// </summary>
    public string? DatabaseRole { get; set; }

    internal void Validate()
    {
        if (BufferCapacity < 1) throw new InvalidOperationException($"{Section}:BufferCapacity must be at least 1.");
        if (BatchSize < 1) throw new InvalidOperationException($"{Section}:BatchSize must be at least 1.");
        if (EnqueueTimeout < TimeSpan.Zero) throw new InvalidOperationException($"{Section}:EnqueueTimeout cannot be negative.");
        if (MaxRetryDelay <= TimeSpan.Zero) throw new InvalidOperationException($"{Section}:MaxRetryDelay must be positive.");
        // It ends up in the connection's startup options: a plain identifier only.
        if (!string.IsNullOrEmpty(DatabaseRole) && !System.Text.RegularExpressions.Regex.IsMatch(DatabaseRole, "^[a-z_][a-z0-9_]{0,62}$"))
            throw new InvalidOperationException($"{Section}:DatabaseRole must be a lower-case PostgreSQL identifier.");
    }
}
