namespace SocialCare.ScaleOut.Tests;

/// <summary>
/// The control: the same two Hosts and the same harness without Redis. Each counts in its own memory, so one viewer
/// gets about twice the permits; the Redis tests' "not double" therefore means something.
/// </summary>
[NonParallelizable]
public class TwoInMemoryHostsControlTests : TwoHostsFixture
{
    [Test]
    public async Task Without_redis_one_viewer_spread_over_two_hosts_gets_about_twice_the_permits()
    {
        var result = await Support.Spread.RequestsAsync(Client, Hosts, "demo-carer-with-label", Attempts, Permits);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Unexpected, Is.Empty);
            Assert.That(result.Admitted, Is.InRange(2 * Permits, (2 * Permits) + (2 * result.Refills)));
        }
    }
}
