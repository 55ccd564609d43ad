using System.Globalization;
using SocialCare.ScaleOut.Tests.Support;

namespace SocialCare.ScaleOut.Tests;

/// <summary>Two Host processes with one audit database on this run's PostgreSQL, and the settings a fixture adds.</summary>
public abstract class TwoHostsFixture
{
    /// <summary>Ten a minute: one permit back every 6 s, so that a doubled limit shows after a few dozen requests.</summary>
    protected const int Permits = 10;

    /// <summary>More than two instances' buckets together.</summary>
    protected const int Attempts = 3 * Permits;

    private readonly List<Task<HostProcess>> _starting = [];

    private protected SharedAuditDatabase Audit { get; private set; } = null!;

    private protected IReadOnlyList<HostProcess> Hosts { get; private set; } = [];

    private protected HttpClient Client { get; } = new() { Timeout = TimeSpan.FromMinutes(2) };

    [OneTimeSetUp]
    public async Task StartTwoHosts()
    {
        await BeforeHostsAsync();
        Audit = await SharedAuditDatabase.CreateAsync();
        var settings = new Dictionary<string, string>(Audit.HostSettings)
        {
            ["SocialCare:RateLimit:PermitsPerMinute"] = Permits.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in MoreSettings())
        {
            settings[key] = value;
        }

        _starting.Add(HostProcess.StartAsync("host-a", settings));
        _starting.Add(HostProcess.StartAsync("host-b", settings));
        Hosts = await Task.WhenAll(_starting);
        await WarmAsync();
    }

    [OneTimeTearDown]
    public async Task StopThem()
    {
        Client.Dispose();
        foreach (var starting in _starting)
        {
            if (await Task.WhenAny(starting) == starting && starting.IsCompletedSuccessfully)
            {
                await starting.Result.DisposeAsync();
            }
        }

        await AfterHostsAsync();
    }

    private protected virtual Task BeforeHostsAsync() => Task.CompletedTask;

    /// <summary>
    /// A view from each Host for a viewer no test counts, until it answers 200: on a busy machine a cold Host's first
    /// lookups (JIT, the sandbox's first token) can outrun the 3 s deadline and answer 503, which is not what these
    /// tests are about.
    /// </summary>
    private async Task WarmAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        foreach (var host in Hosts)
        {
            while (await Spread.GetAsync(Client, host, Spread.Patient) != System.Net.HttpStatusCode.OK)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), bound.Token);
            }
        }
    }

    private protected virtual Task AfterHostsAsync() => Task.CompletedTask;

    private protected virtual IEnumerable<KeyValuePair<string, string>> MoreSettings() => [];
}
