using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// Fixed HTML pages served by Kestrel on a free port of 127.0.0.1: a real socket, as a browser needs, for tests of
/// the helpers themselves and of pages that need no host.
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackSite(WebApplication app) => _app = app;

    /// <summary>The bound address, port included, known only once Kestrel has started.</summary>
    public Uri BaseAddress => new(_app.Urls.Single());

    /// <summary>Serves each page's HTML at its path (for example <c>/accessible</c>) and starts listening.</summary>
    public static async Task<LoopbackSite> StartAsync(IReadOnlyDictionary<string, string> htmlByPath)
    {
        ArgumentNullException.ThrowIfNull(htmlByPath);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        foreach (var (path, html) in htmlByPath)
        {
            app.MapGet(path, () => Results.Content(html, "text/html; charset=utf-8"));
        }

        await app.StartAsync();
        return new LoopbackSite(app);
    }

    public Uri UrlOf(string path) => new(BaseAddress, path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
