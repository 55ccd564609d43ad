using Microsoft.Playwright;
using SocialCare.Api.BrowserTests.Support;
using static SocialCare.TestSupport.Demo;

namespace SocialCare.Api.BrowserTests.Page;

/// <summary>
/// Every state of every page loads styled and clean: no console error or warning, no request blocked by the
/// Content-Security-Policy or failed, no missing file (a font from another origin, a favicon). Every other test of
/// the Host's pages checks the same after it has run (<see cref="DemoHostTest.AssertNoPageProblems"/>); this one
/// visits each state on purpose, and shows that the watch sees what it should.
/// </summary>
public class CleanLoadTests : DemoHostTest
{
    [Test]
    public async Task Every_state_loads_styled_with_no_console_error_and_no_failed_request()
    {
        (string Path, string? Viewer)[] states =
        [
            ("/patients/demo-full/social-care", "demo-full"),
            ("/patients/demo-full/social-care", "demo-carer-with-label"),
            ("/patients/demo-large/social-care", "demo-large"),
            ("/patients/demo-large/social-care?full=case-notes", "demo-large"),
            ("/patients/demo-partial/social-care", "demo-partial"),
            ("/patients/demo-two-authorities/social-care", "demo-two-authorities"),
            ("/patients/sandbox-unreadable/social-care", "sandbox-unreadable"),
            ("/patients/demo-not-known/social-care", "demo-not-known"),
            ("/patients/demo-not-shared/social-care", "demo-not-shared"),
            ("/patients/demo-full/social-care", "demo-unrelated"),
            ("/patients/demo-outside-pilot/social-care", "demo-outside-pilot"),
            ("/patients/demo-record-mismatch/social-care", "demo-record-mismatch"),
            ("/patients/demo-no-nhs-number/social-care", "demo-no-nhs-number"),
            ("/patients/demo-invalid-nhs-number/social-care", "demo-invalid-nhs-number"),
            ("/patients/demo-unavailable/social-care", "demo-unavailable"),
            ("/patients/demo-full/social-care", null),
            ("/patients/bad!id/social-care", "demo-full"),
            ("/patients/demo-full/social-care/access-history", "demo-full"),
            ("/patients/demo-full/social-care/access-history", "demo-team-professional"),
            ("/", null),
            ("/", "demo-full"),
        ];

        // One page for every state, the viewer changed between loads: a new context each would cost more than the loads.
        var page = await NewPageAsync();
        var unstyled = new List<string>();
        foreach (var (path, viewer) in states)
        {
            await page.SetExtraHTTPHeadersAsync(viewer is null ? [] : [new(ViewerHeader, viewer)]);
            await page.GotoAsync(Host.UrlOf(path).ToString());

            // nhsuk-frontend's font stack: present only where the stylesheet loaded and applied.
            var font = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
            if (!font.Contains("Frutiger W01", StringComparison.Ordinal))
            {
                unstyled.Add($"{path} as {viewer ?? "no one"}: {font}");
            }
        }

        Assert.That(unstyled, Is.Empty, "pages without the stylesheet");
        Assert.That(PageProblemsSoFar, Is.Empty);
    }

    [Test]
    public async Task Watch_reports_a_console_error_a_blocked_request_and_a_missing_file_but_not_the_states_own_status()
    {
        // A context of its own, outside the one every test's tear-down checks: its problems are planted.
        await using var context = await Browser.NewContextAsync(As("demo-unavailable"));
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);

        // The 503 page's own status, which Chromium logs as a failed resource, is the state and not a problem.
        var own = await page.RunAndWaitForConsoleMessageAsync(
            () => page.GotoAsync(Host.UrlOf("/patients/demo-unavailable/social-care").ToString()),
            new() { Predicate = message => message.Text.Contains("status of 503", StringComparison.Ordinal) });
        Assert.That(own.Type, Is.EqualTo("error"));
        await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("console.error('planted')"),
            new() { Predicate = message => message.Text == "planted" });
        await page.RunAndWaitForResponseAsync(
            () => page.EvaluateAsync("document.body.append(Object.assign(new Image(), { src: '/no-such-file.png' }))"),
            response => response.Url.EndsWith("/no-such-file.png", StringComparison.Ordinal));
        await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: 'https://fonts.example.org/font.css' }))"),
            new() { Predicate = message => message.Text.Contains("Content Security Policy", StringComparison.Ordinal) });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems.All, Has.Some.Contains("planted"));
            Assert.That(problems.All, Has.Some.StartsWith("404 for image ").And.EndsWith("/no-such-file.png"));
            Assert.That(problems.All, Has.Some.Contains("fonts.example.org").And.Contains("Content Security Policy"));
            Assert.That(problems.All, Has.None.Contains("503"));
        }
    }
}
