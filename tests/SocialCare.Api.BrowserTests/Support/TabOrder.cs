using Microsoft.Playwright;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>The order in which the keyboard's Tab key visits a page's elements.</summary>
public static class TabOrder
{
    // Elements already visited are kept in a WeakSet on the window, so a return to one of them ends the cycle even
    // when two elements look the same; it is removed again when the recording ends.
    private const string VisitedKey = "__socialCareTabOrderVisited";

    private const string ReadFocus = $$"""
        () => {
          const visited = (window.{{VisitedKey}} ??= new WeakSet());
          const element = document.activeElement;
          if (!element || element === document.body || element === document.documentElement || visited.has(element)) {
            return null;
          }
          visited.add(element);
          const label = element.labels && element.labels.length > 0 ? element.labels[0].textContent : null;
          const name = element.getAttribute('aria-label') || label || element.textContent || '';
          return [element.tagName.toLowerCase(), name.replace(/\s+/g, ' ').trim(), element.getAttribute('href')];
        }
        """;

    /// <summary>
    /// Presses Tab from wherever focus is (on a freshly loaded page, the start of the document) and records each
    /// element reached, until focus leaves the page, comes back to an element already recorded, or
    /// <paramref name="maxSteps"/> presses have been made.
    /// </summary>
    public static async Task<IReadOnlyList<FocusStop>> RecordAsync(IPage page, int maxSteps = 100)
    {
        var stops = new List<FocusStop>();
        try
        {
            for (var step = 0; step < maxSteps; step++)
            {
                await page.Keyboard.PressAsync("Tab");
                if (await page.EvaluateAsync<string?[]?>(ReadFocus) is not { } focused)
                {
                    break;
                }

                stops.Add(new FocusStop(focused[0]!, focused[1]!, focused[2]));
            }
        }
        finally
        {
            await page.EvaluateAsync($"() => {{ delete window.{VisitedKey}; }}");
        }

        return stops;
    }
}
