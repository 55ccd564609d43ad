using SocialCare.TestServers;

namespace SocialCare.Infrastructure.Audit.Tests.Support;

/// <summary>When the PostgreSQL tests run, skip or fail: decided without a server.</summary>
public class PostgreSqlAvailabilityTests
{
    [TestCase(null)]
    [TestCase("true")]
    public void Installed_postgresql_runs_the_tests_in_and_out_of_CI(string? ci) =>
        Assert.That(PostgreSqlAvailability.Decide("/usr/lib/postgresql/15/bin", binariesExist: true, asRootWithoutPostgresUser: false, ci).Precondition, Is.EqualTo(PostgreSqlPrecondition.Run));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("false")]
    public void Missing_postgresql_outside_CI_ignores_the_tests_and_says_why(string? ci)
    {
        var availability = PostgreSqlAvailability.Decide(null, binariesExist: false, asRootWithoutPostgresUser: false, ci);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(availability.Precondition, Is.EqualTo(PostgreSqlPrecondition.Ignore));
            Assert.That(availability.Reason, Does.Contain("apt-get install postgresql").And.Contain(PostgreSqlAvailability.EnvironmentVariable));
        }
    }

    [TestCase("true")]
    [TestCase("TRUE")]
    [TestCase(" true ")]
    public void Missing_postgresql_in_CI_fails_the_tests(string ci) =>
        Assert.That(PostgreSqlAvailability.Decide("/opt/none/bin", binariesExist: false, asRootWithoutPostgresUser: false, ci).Precondition, Is.EqualTo(PostgreSqlPrecondition.Fail));

    [Test]
    public void Root_without_a_postgres_user_cannot_run_postgresql_and_says_so() =>
        Assert.That(
            PostgreSqlAvailability.Decide("/usr/lib/postgresql/15/bin", binariesExist: true, asRootWithoutPostgresUser: true, "true"),
            Is.EqualTo(new PostgreSqlAvailability(PostgreSqlPrecondition.Fail, "PostgreSQL refuses to run as root and there is no postgres user to run it as; install Debian's postgresql package, which creates it")));
}
