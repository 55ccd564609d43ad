using Microsoft.Playwright;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// One headless Chromium for the whole test run, launched on first use and closed by <see cref="BrowserRun"/>;
/// tests isolate themselves with a fresh context each, which is cheap where a browser is not.
/// </summary>
public static class SharedChromium
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    /// <summary>
    /// The network here reaches nothing but package registries, so everything Chromium would fetch by itself
    /// (updates, sync, QUIC probes) is switched off rather than left to fill the log with refused connections.
    /// No sandbox, as CI runs as root; no GPU, as there is none.
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static async Task<IBrowser> GetAsync(string executablePath)
    {
        await Gate.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            _playwright ??= await Playwright.CreateAsync();
            // Playwright gives every launch a fresh temporary profile and deletes it on close.
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = Arguments,
            });
            return _browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task CloseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                await _browser.CloseAsync();
                _browser = null;
            }

            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            Gate.Release();
        }
    }
}
