namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect;

/// <summary>
/// The second dialect's test server on loopback, and a client pointed at it, started and stopped together: a fixture
/// holds one in a field, starts it in its one-time set-up and disposes it in its one-time tear-down.
/// </summary>
internal sealed class SecondDialectConnection(string apiKey) : IAsyncDisposable
{
    private Started? _started;

    public SecondDialectServer Server => Running.Server;

    public HttpClient Client => Running.Client;

    private Started Running => _started ?? throw new InvalidOperationException("The server has not started.");

    public async Task StartAsync()
    {
        var server = await SecondDialectServer.StartAsync(apiKey);
        _started = new Started(server, new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) });
    }

    public async ValueTask DisposeAsync()
    {
        if (_started is not null)
        {
            _started.Client.Dispose();
            await _started.Server.DisposeAsync();
        }
    }

    private sealed record Started(SecondDialectServer Server, HttpClient Client);
}
