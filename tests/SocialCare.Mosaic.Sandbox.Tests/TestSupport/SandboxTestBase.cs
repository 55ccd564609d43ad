namespace SocialCare.Mosaic.Sandbox.Tests.TestSupport;

/// <summary>One sandbox on a free loopback port per fixture, back to its seed before every test.</summary>
public abstract class SandboxTestBase
{
    protected MosaicSandbox Sandbox { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartSandbox()
    {
        Sandbox = await MosaicSandbox.StartAsync(new SandboxSettings { Port = 0 });
        Client = new HttpClient { BaseAddress = Sandbox.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    [OneTimeTearDown]
    public async Task StopSandbox()
    {
        Client.Dispose();
        await Sandbox.DisposeAsync();
    }

    [SetUp]
    public void ResetSandbox()
    {
        Sandbox.People.Reset();
        Sandbox.Faults.Reset();
        Sandbox.Requests.Clear();
    }
}
