namespace SocialCare.TestServers;

/// <summary>
/// Whether the Redis tests can run, and if not, why. A missing <c>redis-server</c> is the one reason they may be
/// skipped, and only on a developer's machine: with <c>CI=true</c> they fail, so CI cannot pass without running them.
/// </summary>
public sealed record RedisAvailability(RedisPrecondition Precondition, string Reason)
{
    public const string EnvironmentVariable = "SOCIALCARE_REDIS_SERVER";

    public const string DebianPath = "/usr/bin/redis-server";

    public static RedisAvailability Decide(string path, bool exists, string? ciVariable)
    {
        if (exists)
        {
            return new(RedisPrecondition.Run, $"redis-server found at {path}");
        }

        var reason = $"redis-server not found at {path}; install Debian's redis-server package (apt-get install redis-server) "
            + $"or set {EnvironmentVariable} to the binary";
        return new(IsCi(ciVariable) ? RedisPrecondition.Fail : RedisPrecondition.Ignore, reason);
    }

    /// <summary>The same test as .ci/run's: <c>CI=true</c>, here in any letter case.</summary>
    public static bool IsCi(string? ciVariable) => string.Equals(ciVariable?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The binary named by the environment, else Debian's.</summary>
    public static string ServerPath() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } named ? named : DebianPath;

    public static RedisAvailability ForThisRun()
    {
        var path = ServerPath();
        return Decide(path, File.Exists(path), Environment.GetEnvironmentVariable("CI"));
    }

    /// <summary>Ignores or fails the current test unless it can run.</summary>
    public void Enforce()
    {
        switch (Precondition)
        {
            case RedisPrecondition.Ignore:
                Assert.Ignore(Reason);
                break;
            case RedisPrecondition.Fail:
                Assert.Fail(Reason);
                break;
            default:
                break;
        }
    }
}
