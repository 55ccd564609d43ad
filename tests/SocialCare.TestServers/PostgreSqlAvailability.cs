namespace SocialCare.TestServers;

/// <summary>
/// Whether the PostgreSQL tests can run, and if not, why. A missing PostgreSQL is the one reason they may be skipped,
/// and only on a developer's machine: with <c>CI=true</c> they fail, so CI cannot pass without running them.
/// </summary>
public sealed record PostgreSqlAvailability(PostgreSqlPrecondition Precondition, string Reason)
{
    public const string EnvironmentVariable = "SOCIALCARE_POSTGRES_BIN";

    public static PostgreSqlAvailability Decide(string? binFolder, bool binariesExist, bool asRootWithoutPostgresUser, string? ciVariable)
    {
        string reason;
        if (binFolder is null || !binariesExist)
        {
            reason = $"PostgreSQL's initdb and pg_ctl not found in {binFolder ?? "/usr/lib/postgresql/*/bin"}; install Debian's postgresql "
                + $"package (apt-get install postgresql) or set {EnvironmentVariable} to its bin folder";
        }
        else if (asRootWithoutPostgresUser)
        {
            reason = "PostgreSQL refuses to run as root and there is no postgres user to run it as; install Debian's postgresql package, which creates it";
        }
        else
        {
            return new(PostgreSqlPrecondition.Run, $"PostgreSQL found in {binFolder}");
        }

        return new(IsCi(ciVariable) ? PostgreSqlPrecondition.Fail : PostgreSqlPrecondition.Ignore, reason);
    }

    /// <summary>The same test as .ci/run's: <c>CI=true</c>, here in any letter case.</summary>
    public static bool IsCi(string? ciVariable) => string.Equals(ciVariable?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public static PostgreSqlAvailability ForThisRun()
    {
        var bin = BinFolder();
        var exist = bin is not null && File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl"));
        return Decide(bin, exist, Environment.UserName == "root" && !PostgresUserExists(), Environment.GetEnvironmentVariable("CI"));
    }

    /// <summary>The folder named by the environment, or the newest of Debian's <c>/usr/lib/postgresql/N/bin</c>.</summary>
    public static string? BinFolder()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } named)
        {
            return named;
        }

        const string debian = "/usr/lib/postgresql";
        return Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .Select(folder => (folder, version: int.TryParse(Path.GetFileName(folder), out var v) ? v : -1))
                .Where(x => x.version > 0 && File.Exists(Path.Combine(x.folder, "bin", "initdb")))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.folder, "bin"))
                .FirstOrDefault()
            : null;
    }

    /// <summary>Ignores or fails the current test, or fixture when called from a one-time set-up, unless it can run.</summary>
    public void Enforce()
    {
        switch (Precondition)
        {
            case PostgreSqlPrecondition.Ignore:
                Assert.Ignore(Reason);
                break;
            case PostgreSqlPrecondition.Fail:
                Assert.Fail(Reason);
                break;
            default:
                break;
        }
    }

    private static bool PostgresUserExists() =>
        File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal));
}
