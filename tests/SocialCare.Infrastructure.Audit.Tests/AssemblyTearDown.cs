using SocialCare.Infrastructure.Audit.Tests.Support;
using SocialCare.TestServers;

namespace SocialCare.Infrastructure.Audit.Tests;

/// <summary>Stops this run's PostgreSQL, if a test started it, after the last test of the assembly.</summary>
[SetUpFixture]
public sealed class AssemblyTearDown
{
    [OneTimeTearDown]
    public Task StopPostgreSql() => PostgreSqlServer.StopSharedAsync();
}
