using SocialCare.TestServers;

namespace SocialCare.ScaleOut.Tests;

/// <summary>Stops this run's PostgreSQL, if a test started it, after the last test of the assembly.</summary>
[SetUpFixture]
public sealed class AssemblyTearDown
{
    [OneTimeTearDown]
    public Task StopPostgreSql() => PostgreSqlServer.StopSharedAsync();
}
