namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect;

/// <summary>The second dialect's test server on loopback, and a client pointed at it, started and stopped together.</summary>
internal sealed class SecondDialectConnection : IAsyncDisposable
{
    private SecondDialectConnection(SecondDialectServer server) =>
        (Server, Client) = (server, new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) });

    public SecondDialectServer Server { get; }

    public HttpClient Client { get; }

    public static async Task<SecondDialectConnection> StartAsync(string apiKey) => new(await SecondDialectServer.StartAsync(apiKey));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
