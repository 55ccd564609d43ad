using SocialCare.TestServers;

namespace SocialCare.Infrastructure.Redis.Tests.Support;

/// <summary>When the Redis tests run, skip or fail: decided without a server.</summary>
public class RedisAvailabilityTests
{
    [TestCase(null)]
    [TestCase("true")]
    public void Installed_redis_runs_the_tests_in_and_out_of_CI(string? ci) =>
        Assert.That(RedisAvailability.Decide(RedisAvailability.DebianPath, exists: true, ci).Precondition, Is.EqualTo(RedisPrecondition.Run));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("false")]
    public void Missing_redis_outside_CI_ignores_the_tests_and_says_why(string? ci)
    {
        var availability = RedisAvailability.Decide("/opt/none/redis-server", exists: false, ci);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(availability.Precondition, Is.EqualTo(RedisPrecondition.Ignore));
            Assert.That(availability.Reason, Does.Contain("apt-get install redis-server").And.Contain(RedisAvailability.EnvironmentVariable).And.Contain("/opt/none/redis-server"));
        }
    }

    [TestCase("true")]
    [TestCase("TRUE")]
    [TestCase(" true ")]
    public void Missing_redis_in_CI_fails_the_tests(string ci) =>
        Assert.That(RedisAvailability.Decide("/opt/none/redis-server", exists: false, ci).Precondition, Is.EqualTo(RedisPrecondition.Fail));
}
