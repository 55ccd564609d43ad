using SocialCare.HostileMosaic;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile;

/// <summary>
/// One <see cref="HostileServer"/> per test class; each test gives Hammersmith a council of its own on it (API key,
/// no token endpoint, attempts of 3 s) and composes its own <see cref="GatewayHost"/>, every log category captured at
/// Trace. The tests assert outcomes, never durations.
/// </summary>
public abstract class HostileFixture
{
    private protected HostileServer Server { get; private set; } = null!;

    /// <summary>The council of the last host composed by <see cref="HostFor"/>.</summary>
    private protected string Council { get; private set; } = "";

    /// <summary>The requests that reached <see cref="Council"/>.</summary>
    private protected IEnumerable<HostileRequest> CouncilRequests => Server.Requests.Where(r => r.Council == Council);

    [OneTimeSetUp]
    public void StartServer() => Server = HostileServer.Start();

    [OneTimeTearDown]
    public async Task StopServer() => await Server.DisposeAsync();

    /// <summary>A host whose Hammersmith is <paramref name="council"/>, under a name of its own on the server.</summary>
    private protected GatewayHost HostFor(Func<HostileRequest, HostileAnswer> council, Action<Dictionary<string, string?>>? change = null)
    {
        Council = Guid.NewGuid().ToString("N");
        var baseUrl = Server.Council(Council, council);
        return GatewayHost.Start(new Uri($"http://127.0.0.1:{Server.Port}/sandbox/"), settings =>
        {
            HostileSettings.Point(settings, Boroughs.Hammersmith, baseUrl);
            HostileSettings.Patient(settings, Boroughs.Hammersmith);
            change?.Invoke(settings);
        });
    }
}
