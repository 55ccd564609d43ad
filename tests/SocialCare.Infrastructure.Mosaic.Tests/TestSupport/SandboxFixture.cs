using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Mosaic.Sandbox;

namespace SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

/// <summary>
/// One sandbox on a free loopback port per test class, back to its seed before every test; each test composes its
/// own <see cref="GatewayHost"/> (so its own token cache and circuits).
/// </summary>
public abstract class SandboxFixture
{
    private protected MosaicSandbox Sandbox { get; private set; } = null!;

    private protected GatewayHost Host { get; private set; } = null!;

    /// <summary>Every authority's attempt timeout on a test clock (<see cref="RestartOnATestClockAsync"/>).</summary>
    private protected static TimeSpan TestClockAttemptTimeout { get; } = TimeSpan.FromSeconds(0.5);

    [OneTimeSetUp]
    public async Task StartSandbox() => Sandbox = await MosaicSandbox.StartAsync(new SandboxSettings { Port = 0 });

    [OneTimeTearDown]
    public async Task StopSandbox() => await Sandbox.DisposeAsync();

    [SetUp]
    public void ResetSandbox()
    {
        Sandbox.People.Reset();
        Sandbox.Faults.Reset();
        Sandbox.Requests.Clear();
        Host = GatewayHost.Start(Sandbox);
    }

    [TearDown]
    public async Task StopHost() => await Host.DisposeAsync();

    /// <summary>Replaces the test's host with one whose settings are changed.</summary>
    private protected async Task RestartHostAsync(
        Action<Dictionary<string, string?>> change, TimeProvider? time = null, Action<IServiceCollection, IConfiguration>? compose = null)
    {
        await Host.DisposeAsync();
        Host = GatewayHost.Start(Sandbox, change, time, compose);
    }

    /// <summary>
    /// Replaces the test's host with one on a clock that moves only when the test advances it: no timeout, back-off
    /// or break of the library's can pass on its own, however slow the machine. Attempts time out after
    /// <see cref="TestClockAttemptTimeout"/> of that clock and the deadline is 5 s, unless <paramref name="change"/> says otherwise.
    /// </summary>
    private protected async Task<FakeTimeProvider> RestartOnATestClockAsync(Action<Dictionary<string, string?>>? change = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await RestartHostAsync(
            settings =>
            {
                settings["SocialCare:Deadline"] = "00:00:05";
                foreach (var authority in Boroughs.All)
                {
                    settings[GatewayHost.Key(authority, "AttemptTimeout")] = TestClockAttemptTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
                }

                change?.Invoke(settings);
            },
            time);
        return time;
    }

    /// <summary>How many requests for <paramref name="resource"/> the sandbox has received since the test began.</summary>
    private protected int Arrived(string resource) => Sandbox.Requests.Snapshot().Count(r => r.Resource == resource);

    /// <summary>Completes once the sandbox has received <paramref name="count"/> requests for <paramref name="resource"/>.</summary>
    private protected Task ArrivedAsync(string resource, int count) =>
        Eventually.UntilAsync(() => Arrived(resource) >= count, $"{count} {resource} request(s) at the sandbox");
}
