using System.Globalization;
using System.Net;
using SocialCare.ScaleOut.Tests.Support;
using SocialCare.TestServers;

namespace SocialCare.ScaleOut.Tests;

/// <summary>
/// Issue 18 §2: two Host processes sharing one real Redis (the per-viewer rate limit) and one real PostgreSQL (the
/// audit). One viewer's requests spread over both get the configured permits in total, both Hosts' audit entries land
/// in one chain that verifies, and with Redis stopped mid-run both keep answering (fail-open, no 500) and share the
/// limit again when it returns.
/// </summary>
[NonParallelizable]
public class TwoHostsSharingRedisTests : TwoHostsFixture
{
    private const string FellBack = "RedisViewerRateLimiter[1701]";
    private const string Recovered = "RedisViewerRateLimiter[1702]";

    /// <summary>A bound on a hang while both Hosts reconnect to Redis, not a measure.</summary>
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromMinutes(2);

    private RedisServer? _redis;

    [Test]
    public async Task One_viewer_spread_over_both_hosts_gets_the_configured_permits_in_total_audited_in_one_chain_that_verifies()
    {
        var before = await Audit.EntriesAsync();

        var result = await Spread.RequestsAsync(Client, Hosts, "demo-carer-with-label", Attempts, Permits);

        var entries = await Audit.EntriesAsync() - before;
        var (exitCode, verified) = await Audit.VerifyAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Unexpected, Is.Empty);
            Assert.That(result.Admitted, Is.InRange(Permits, Permits + result.Refills), $"{Attempts} requests over two Hosts, {result.Refills} refill(s) in the time they took");
            Assert.That(result.Admitted, Is.LessThan(2 * Permits), "not double: the control admits about twice as many");
            Assert.That(result.AdmittedBy, Is.EquivalentTo(new[] { "host-a", "host-b" }), "both Hosts served views");
            Assert.That(entries, Is.EqualTo(result.Admitted), "every view from either Host is in the one audit store");
            Assert.That(exitCode, Is.Zero, verified);
        }
    }

    [Test]
    public async Task Redis_stopped_mid_run_both_hosts_keep_answering_and_share_the_limit_again_when_it_returns()
    {
        await _redis!.StopAsync();
        var whileAway = new List<HttpStatusCode>();
        foreach (var host in Hosts.Concat(Hosts))
        {
            whileAway.Add(await Spread.GetAsync(Client, host, "demo-individual-professional"));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(whileAway, Has.All.EqualTo(HttpStatusCode.OK), "fails open: each Host counts in its own memory");
            Assert.That(Hosts.Select(h => h.Lines(FellBack)), Has.All.EqualTo(1), "each Host says so once");
        }

        await _redis.StartAgainAsync();
        var whileReturning = await UntilBothAnswerAgainAsync();
        var shared = await Spread.RequestsAsync(Client, Hosts, "demo-team-professional", Attempts, Permits);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(whileReturning.Where(s => s is not (HttpStatusCode.OK or HttpStatusCode.TooManyRequests)), Is.Empty, "never a 500");
            Assert.That(shared.Unexpected, Is.Empty);
            Assert.That(shared.Admitted, Is.InRange(Permits, Permits + shared.Refills), "shared again");
            Assert.That(Hosts.Select(h => h.Lines(FellBack)), Has.All.EqualTo(1), "one outage, one warning each");
        }
    }

    private protected override async Task BeforeHostsAsync() => _redis = await RedisServer.StartAsync();

    private protected override async Task AfterHostsAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    private protected override IEnumerable<KeyValuePair<string, string>> MoreSettings() =>
    [
        new("SocialCare:RateLimit:Redis", _redis!.ConnectionString),
        // Patient on a busy machine, so that only a Redis that is away makes a Host count in memory.
        new("SocialCare:RateLimit:RedisTimeout", TimeSpan.FromSeconds(2).ToString("c", CultureInfo.InvariantCulture)),
    ];

    /// <summary>Requests to both Hosts until each has logged that Redis answers again; their statuses.</summary>
    private async Task<List<HttpStatusCode>> UntilBothAnswerAgainAsync()
    {
        using var bound = new CancellationTokenSource(RecoveryBound);
        var statuses = new List<HttpStatusCode>();
        while (Hosts.Any(h => h.Lines(Recovered) == 0))
        {
            foreach (var host in Hosts)
            {
                statuses.Add(await Spread.GetAsync(Client, host, "demo-individual-professional"));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), bound.Token);
        }

        return statuses;
    }
}
