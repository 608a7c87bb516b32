using Npgsql;

namespace Innomed.IntegrationTests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL started from the machine's binaries in a temp directory, on a free
/// loopback port, with durability switched off (tests need speed, not crash safety). Hand each
/// test class its own database through <see cref="CreateDatabaseAsync"/>. Missing binaries fail
/// the tests with instructions: integration tests are never silently skipped.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Superuser = "postgres";
    private string? _binDirectory;
    private string? _rootDirectory;
    private int _databaseCounter;

    public int Port { get; private set; }

    /// <summary>Connection string of the maintenance database <c>postgres</c>.</summary>
    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username={Superuser};Database=postgres;Pooling=false";

    public async Task InitializeAsync()
    {
        _binDirectory = FindBinDirectory();
        _rootDirectory = Path.Combine(Path.GetTempPath(), $"innomed-pg-{Guid.NewGuid():N}");
        var data = Path.Combine(_rootDirectory, "data");
        Directory.CreateDirectory(_rootDirectory);
        var osUser = ExternalProcess.IsRoot ? await EnsurePostgresOsUserAsync().ConfigureAwait(false) : null;
        if (osUser is not null)
        {
            await ExternalProcess.RunAsync("chown", ["-R", osUser, _rootDirectory]).ConfigureAwait(false);
        }

        await ExternalProcess.RunAsync(Bin("initdb"),
            ["-D", data, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"], osUser).ConfigureAwait(false);

        Port = ExternalProcess.FreeLoopbackPort();
        var serverOptions = string.Join(' ',
            $"-p {Port}", "-h 127.0.0.1", $"-k {_rootDirectory}",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=300");
        await ExternalProcess.RunAsync(Bin("pg_ctl"),
            ["-D", data, "-l", Path.Combine(_rootDirectory, "server.log"), "-o", serverOptions, "-w", "-t", "60", "start"], osUser).ConfigureAwait(false);
    }

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"innomed_test_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        return $"Host=127.0.0.1;Port={Port};Username={Superuser};Database={name}";
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_rootDirectory is null || _binDirectory is null)
        {
            return;
        }

        try
        {
            var data = Path.Combine(_rootDirectory, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                await ExternalProcess.RunAsync(Bin("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"],
                    ExternalProcess.IsRoot ? Superuser : null).ConfigureAwait(false);
            }
        }
        finally
        {
            Directory.Delete(_rootDirectory, recursive: true);
        }
    }

    private string Bin(string tool) => Path.Combine(_binDirectory!, tool);

    /// <summary>INNOMED_PG_BIN, else Debian's /usr/lib/postgresql/15/bin, else the newest version there.</summary>
    private static string FindBinDirectory()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("INNOMED_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        candidates.Add("/usr/lib/postgresql/15/bin");
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) not found in " + string.Join(", ", candidates) +
                ". Install them (apt-get install -y postgresql-15) or set INNOMED_PG_BIN to their directory.");
    }

    private static async Task<string> EnsurePostgresOsUserAsync()
    {
        try
        {
            await ExternalProcess.RunAsync("id", ["-u", Superuser]).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            await ExternalProcess.RunAsync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", Superuser]).ConfigureAwait(false);
        }

        return Superuser;
    }
}
