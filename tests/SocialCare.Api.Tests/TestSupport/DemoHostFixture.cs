using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.TestSupport;

/// <summary>
/// Base of the fixtures whose tests share one reference Host and one client: started before the fixture's first test,
/// stopped after its last. A fixture that needs planted faults, settings or a log overrides <see cref="CreateHost"/>;
/// its own one-time set-up runs after this one, with <see cref="Client"/> ready.
/// </summary>
public abstract class DemoHostFixture
{
    private protected DemoHostFactory App { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        App = CreateHost();
        Client = App.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    private protected virtual DemoHostFactory CreateHost() => new();
}
