using SocialCare.ResilienceTests.TestSupport;

namespace SocialCare.ResilienceTests;

/// <summary>
/// The run's accounting of calls (<see cref="CallAccounting"/>) tells a retry the library recorded from a call nothing
/// explains. Each case is one fault-free window in which Kensington and Chelsea answered <c>demo-large</c> twice: the
/// views imply 2 lookups and 18 list pages there.
/// </summary>
public class CallAccountingTests
{
    private const string PersonId = "P-LARGE";
    private static readonly AuthorityCalls Implied = new(2, 18, 0, 0);

    [Test]
    public void Calls_that_are_exactly_the_views_are_accounted_for()
    {
        var (problems, explained) = Check(received: Implied, recorded: Implied, failed: AuthorityCalls.None);

        Assert.That(problems, Is.Empty);
        Assert.That(explained, Is.Zero);
    }

    [Test]
    public void List_page_retried_after_the_library_recorded_its_attempt_failing_is_explained()
    {
        // The case CI met under CPU starvation: a healthy attempt timed out and was retried, and both reached Mosaic.
        var (problems, explained) = Check(received: Implied with { ListPages = 19 }, recorded: Implied with { ListPages = 19 }, failed: new(0, 1, 0, 0));

        Assert.That(problems, Is.Empty);
        Assert.That(explained, Is.EqualTo(1));
    }

    [Test]
    public void Attempt_that_failed_and_reached_mosaic_only_after_its_window_is_explained_in_the_next()
    {
        // The window before recorded a list page attempt failing that the sandbox had not received when this one opened.
        var (problems, explained) = Check(received: Implied with { ListPages = 19 }, recorded: Implied, failed: AuthorityCalls.None, pending: new(0, 1, 0, 0));

        Assert.That(problems, Is.Empty);
        Assert.That(explained, Is.EqualTo(1));
    }

    [Test]
    public void Extra_call_the_library_recorded_as_a_plain_attempt_is_not_explained()
    {
        var (problems, _) = Check(received: Implied with { ListPages = 19 }, recorded: Implied with { ListPages = 19 }, failed: AuthorityCalls.None);

        Assert.That(problems, Has.One.Contains("no failed attempt of its own explains"));
    }

    [Test]
    public void Extra_call_the_library_never_recorded_is_not_explained()
    {
        var (problems, _) = Check(received: Implied with { Lookups = 3 }, recorded: Implied, failed: AuthorityCalls.None);

        Assert.That(problems, Has.One.Contains("lookups the library never recorded making"));
    }

    [Test]
    public void Retries_beyond_those_the_settings_allow_are_not_explained()
    {
        var tooMany = Implied with { Lookups = (Implied.Lookups * (ResilienceSettings.Retries + 1)) + 1 };

        var (problems, _) = Check(received: tooMany, recorded: tooMany, failed: tooMany);

        Assert.That(problems, Has.One.Contains("no failed attempt of its own explains"));
    }

    [Test]
    public void Fewer_calls_than_the_views_imply_is_a_cache()
    {
        var (problems, _) = Check(received: Implied with { ListPages = 17 }, recorded: Implied with { ListPages = 17 }, failed: AuthorityCalls.None);

        Assert.That(problems, Has.One.Contains("fewer list pages than the views imply"));
    }

    [Test]
    public void Token_request_at_a_healthy_authority_is_never_explained()
    {
        var (problems, _) = Check(received: Implied with { TokenPosts = 1 }, recorded: Implied with { TokenPosts = 1 }, failed: new(0, 0, 1, 0));

        Assert.That(problems, Has.One.Contains("no token request"));
    }

    [Test]
    public void View_the_library_gave_the_authority_up_on_for_time_implies_at_most_its_calls()
    {
        // The second view's lists were cut part way: its lookup and four of its nine list pages reached Mosaic, and one
        // more list page attempt was cancelled before it did.
        var received = new AuthorityCalls(2, 13, 0, 0);
        var recorded = new AuthorityCalls(2, 14, 0, 0);

        var (problems, explained) = Check(received, recorded, failed: new(0, 1, 0, 0), givenUp: 1);

        Assert.That(problems, Is.Empty);
        Assert.That(explained, Is.Zero);
    }

    [Test]
    public void View_cut_short_without_the_library_giving_the_authority_up_is_a_cache()
    {
        var (problems, _) = Check(received: new(2, 13, 0, 0), recorded: new(2, 14, 0, 0), failed: new(0, 1, 0, 0));

        Assert.That(problems, Has.One.Contains("fewer list pages than the views imply"));
    }

    [Test]
    public void Calls_at_an_authority_faulted_in_the_window_are_not_counted()
    {
        var (problems, explained) = Check(received: new(40, 0, 3, 0), recorded: AuthorityCalls.None, failed: AuthorityCalls.None, faulted: true);

        Assert.That(problems, Is.Empty);
        Assert.That(explained, Is.Zero);
    }

    /// <summary>
    /// The window's calls on both sides, the sandbox's running counts starting from nothing when the window before
    /// opened; before this one opened the library had begun <paramref name="pending"/> failed attempts the sandbox had
    /// not seen.
    /// </summary>
    /// <remarks><paramref name="givenUp"/> of the two views went without Kensington and Chelsea for time.</remarks>
    private static (IReadOnlyList<string> Problems, int Explained) Check(
        AuthorityCalls received, AuthorityCalls recorded, AuthorityCalls failed, AuthorityCalls? pending = null, bool faulted = false, int givenUp = 0)
    {
        var before = pending ?? AuthorityCalls.None;
        var window = new WindowRecord(
            new FaultWindow(1, FaultSchedule.WindowLength, []),
            faulted ? new HashSet<string> { Boroughs.Kensington } : new HashSet<string>(),
            Sandbox(AuthorityCalls.None),
            Sandbox(AuthorityCalls.None),
            Sandbox(received),
            Library(recorded, failed),
            Library(before, before));
        var views = Enumerable.Range(0, 2).Select(_ => new Observation(1, Demo.Large, Demo.Large, TimeSpan.Zero, new ViewOutcome(200, null), [])).ToList();
        var stopped = views.Take(givenUp).ToHashSet(ReferenceEqualityComparer.Instance);
        return CallAccounting.Check(window, views, v => stopped.Contains(v) ? new HashSet<string> { Boroughs.Kensington } : new HashSet<string>());
    }

    /// <summary>The sandbox's running counts, keyed as it keys them, holding <paramref name="calls"/> at Kensington.</summary>
    private static Dictionary<string, int> Sandbox(AuthorityCalls calls) => new()
    {
        [$"GET /{Boroughs.Kensington}/v1/persons"] = calls.Lookups,
        [$"GET /{Boroughs.Kensington}/v1/persons/{PersonId}/case-notes"] = calls.ListPages,
        [$"POST /{Boroughs.Kensington}/oauth/token"] = calls.TokenPosts,
        [$"DELETE /{Boroughs.Kensington}/v1/persons"] = calls.Other,
    };

    private static Dictionary<string, RecordedAttempts> Library(AuthorityCalls all, AuthorityCalls failed) =>
        new() { [Boroughs.Kensington] = new RecordedAttempts(all, failed, 0, 0) };
}
