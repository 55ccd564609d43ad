using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// axe-core against WCAG 2.2 level AA: every rule tagged with one of <see cref="WcagTags"/>, none switched off, so a
/// finding is fixed in the page rather than silenced in the test.
/// </summary>
public static class AxeCheck
{
    /// <summary>
    /// Only a bound on a hang: a page of thousands of rows took over a minute with the machine's two cores shared by
    /// CPU burners and other builds.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// Runs axe on the page as it is now. axe-core needs the page's timers, which never fire where JavaScript is
    /// disabled: there the run would wait for ever, so it ends after <paramref name="timeout"/> with a
    /// <see cref="TimeoutException"/> saying so.
    /// </summary>
    public static async Task<AxeResult> RunWcagAsync(IPage page, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        try
        {
            return await page
                .RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } })
                .WaitAsync(limit);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"axe did not finish within {limit.TotalSeconds} s; it cannot run in a context with JavaScript disabled, so run it with JavaScript enabled",
                exception);
        }
    }

    /// <summary>Fails listing every violation, one line each (see <see cref="Describe"/>).</summary>
    public static async Task AssertNoViolationsAsync(IPage page, TimeSpan? timeout = null)
    {
        var violations = (await RunWcagAsync(page, timeout)).Violations ?? [];

        Assert.That(violations.Select(Describe), Is.Empty, "axe found WCAG 2.2 AA violations");
    }

    /// <summary>The rule id, impact, help text and the selectors of the elements at fault.</summary>
    public static string Describe(AxeResultItem violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var targets = string.Join(", ", (violation.Nodes ?? []).Select(node => node.Target));
        return $"{violation.Id} ({violation.Impact}): {violation.Help} at {targets}";
    }
}
