using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// What a page's console and network say went wrong while a test used it: console errors and warnings (a request the
/// Content-Security-Policy blocked is one), uncaught script errors, requests that failed (blocked, refused, reset),
/// and files answered with a 4xx or 5xx. Two things are not problems: the document's own status, which each state
/// means and each test asserts (Chromium logs "Failed to load resource" for a 404 page too), and a request aborted
/// because the test navigated away before it finished.
/// </summary>
public sealed class PageProblems
{
    private const string DocumentStatusMessage = "Failed to load resource: the server responded with a status of";

    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentDictionary<string, bool> _documents = new(StringComparer.Ordinal);

    private PageProblems()
    {
    }

    public IReadOnlyCollection<string> All => [.. _problems];

    /// <summary>Starts watching <paramref name="page"/>, from before its first navigation.</summary>
    public static PageProblems Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = new PageProblems();
        page.Request += (_, request) =>
        {
            if (request.IsNavigationRequest && request.Frame == page.MainFrame)
            {
                problems._documents[request.Url] = true;
            }
        };
        page.Console += (_, message) => problems.OnConsole(message);
        page.PageError += (_, error) => problems._problems.Enqueue($"uncaught error on {page.Url}: {error}");
        page.RequestFailed += (_, request) =>
        {
            if (request.Failure != "net::ERR_ABORTED")
            {
                problems._problems.Enqueue($"request failed ({request.Failure}): {request.Method} {request.Url}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !problems._documents.ContainsKey(response.Url))
            {
                problems._problems.Enqueue($"{response.Status} for {response.Request.ResourceType} {response.Url}");
            }
        };
        return problems;
    }

    private void OnConsole(IConsoleMessage message)
    {
        if (message.Type is not ("error" or "warning"))
        {
            return;
        }

        if (message.Type == "error"
            && message.Text.StartsWith(DocumentStatusMessage, StringComparison.Ordinal)
            && _documents.ContainsKey(UrlOf(message.Location)))
        {
            return;
        }

        _problems.Enqueue($"console {message.Type} at {message.Location}: {message.Text}");
    }

    /// <summary>A console location, <c>URL:line:column</c>, without its line and column.</summary>
    private static string UrlOf(string location)
    {
        var url = location;
        for (var i = 0; i < 2; i++)
        {
            var colon = url.LastIndexOf(':');
            if (colon < 0 || !url[(colon + 1)..].All(char.IsAsciiDigit))
            {
                return location;
            }

            url = url[..colon];
        }

        return url;
    }
}
