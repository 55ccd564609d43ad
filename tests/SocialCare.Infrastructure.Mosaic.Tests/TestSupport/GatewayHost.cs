using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Mosaic.Sandbox;

namespace SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

/// <summary>
/// The Mosaic adapter as a host composes it (AddSocialCareApplication + AddSocialCareMosaic), pointed at a sandbox
/// on loopback, with every log line of every category captured at Trace. Settings are the test's to change.
/// </summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly FakeTimeProvider? _testClock;

    private GatewayHost(ServiceProvider services, FakeTimeProvider? testClock) => (_services, _testClock) = (services, testClock);

    public IMosaicGateway Gateway => _services.GetRequiredService<IMosaicGateway>();

    public FakeLogCollector Logs => _services.GetRequiredService<FakeLogCollector>();

    public IServiceProvider Services => _services;

    public static Dictionary<string, string?> Settings(MosaicSandbox sandbox) => Settings(sandbox.BaseAddress);

    public static Dictionary<string, string?> Settings(Uri sandboxUrl)
    {
        var settings = new Dictionary<string, string?>
        {
            // Generous, on the machine's clock: a healthy answer must never time out however busy the machine, and a test
            // that needs a timeout to pass moves a test clock (SandboxFixture.RestartOnATestClockAsync) instead.
            ["SocialCare:Deadline"] = "00:00:30",
            ["SocialCare:Regions:0:Id"] = "north-west-london",
            ["SocialCare:Regions:0:Name"] = "North West London",
            ["SocialCare:Regions:0:Enabled"] = "true",
            ["SocialCare:Sandbox:Enabled"] = "true",
            ["SocialCare:Sandbox:Url"] = sandboxUrl.AbsoluteUri,
        };
        for (var i = 0; i < Boroughs.All.Count; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"SocialCare:LocalAuthorities:{i}:");
            var authority = Boroughs.All[i];
            settings[key + "Code"] = authority.Code.Value;
            settings[key + "Name"] = authority.Name;
            settings[key + "Region"] = authority.RegionId;
            settings[key + "Enabled"] = "true";
            settings[key + "AttemptTimeout"] = "00:00:05";
            settings[key + "Retries"] = "1";
            settings[key + "Auth:Mode"] = "ClientCredentials";
            settings[key + "Auth:ClientId"] = "sandbox-client";
            settings[key + "Auth:ClientSecret"] = "sandbox-secret";
            // Faults of one test must not open a circuit for the next: each test has its own provider, and so its own circuits.
            settings[key + "CircuitBreaker:MinimumThroughput"] = "1000";
        }

        return settings;
    }

    public static GatewayHost Start(
        MosaicSandbox sandbox,
        Action<Dictionary<string, string?>>? change = null,
        TimeProvider? time = null,
        Action<IServiceCollection, IConfiguration>? compose = null) =>
        Start(sandbox.BaseAddress, change, time, compose);

    /// <summary>Every borough at <paramref name="sandboxUrl"/> unless <paramref name="change"/> says otherwise.</summary>
    public static GatewayHost Start(
        Uri sandboxUrl,
        Action<Dictionary<string, string?>>? change = null,
        TimeProvider? time = null,
        Action<IServiceCollection, IConfiguration>? compose = null)
    {
        var settings = Settings(sandboxUrl);
        change?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddSocialCareApplication(configuration).AddSocialCareMosaic(configuration);
        compose?.Invoke(services, configuration);
        return new GatewayHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), time as FakeTimeProvider);
    }

    public static string Key(LocalAuthority authority, string name) =>
        string.Create(CultureInfo.InvariantCulture, $"SocialCare:LocalAuthorities:{Index(authority)}:{name}");

    public Task<MosaicLookup> LookupAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken = default) =>
        Gateway.LookupAsync(authority, nhsNumber, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        var disposing = _services.DisposeAsync().AsTask();
        if (_testClock is null)
        {
            await disposing;
            return;
        }

        // Polly waits, on the pipeline's clock, for executions still in flight before it lets a pipeline go; on a test
        // clock that no one moves, a lookup a failing test left behind would hold the teardown for ever. Moving it ends
        // them (their timeouts fire) and the wait, so such a test fails instead of hanging the run.
        while (!disposing.IsCompleted)
        {
            _testClock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromMilliseconds(10)));
        }

        await disposing;
    }

    private static int Index(LocalAuthority authority) =>
        Boroughs.All.Select((a, i) => (a, i)).Single(p => p.a.Code == authority.Code).i;
}
