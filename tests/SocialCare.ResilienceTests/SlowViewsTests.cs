using SocialCare.ResilienceTests.TestSupport;

namespace SocialCare.ResilienceTests;

/// <summary>
/// A view without an authority that was healthy for its window is explained (<see cref="SlowViews"/>) only by the
/// library's own record of giving that authority up for time, once per such view, and only if it took at least one
/// attempt timeout; anything else stays wrong.
/// </summary>
public class SlowViewsTests
{
    private static readonly TimeSpan LongEnough = ResilienceSettings.AttemptTimeout * 2;

    [Test]
    public void Single_authority_view_unavailable_after_the_library_gave_its_authority_up_for_time_is_explained()
    {
        var slow = new SlowViews();
        var window = Window(Boroughs.Kensington, gaveUp: 1);
        var view = Unavailable(Demo.Large, LongEnough);

        Assert.That(slow.TryAdd(view, window), Is.True);
        Assert.That(slow.Unexplained(Windows(window)), Is.Empty);
        Assert.That(slow.Explained, Is.EqualTo(1));
        Assert.That(slow.GivenUp(view), Is.EquivalentTo(new[] { Boroughs.Kensington }));
    }

    [Test]
    public void Two_authority_view_without_the_slow_one_is_explained_for_that_one_only()
    {
        var slow = new SlowViews();
        var window = Window(Boroughs.Ealing, gaveUp: 1);
        var view = new Observation(1, Demo.TwoAuthorities, Demo.TwoAuthorities, LongEnough,
            ExpectedViews.For(Demo.TwoAuthorities, Demo.TwoAuthorities, new HashSet<string> { Boroughs.Ealing }), []);

        Assert.That(slow.TryAdd(view, window), Is.True);
        Assert.That(slow.Unexplained(Windows(window)), Is.Empty);
        Assert.That(slow.GivenUp(view), Is.EquivalentTo(new[] { Boroughs.Ealing }));
    }

    [Test]
    public void More_views_without_an_authority_than_the_library_gave_it_up_for_time_are_wrong()
    {
        var slow = new SlowViews();
        var window = Window(Boroughs.Kensington, gaveUp: 1);
        slow.TryAdd(Unavailable(Demo.Large, LongEnough), window);
        slow.TryAdd(Unavailable(Demo.Large, LongEnough), window);

        Assert.That(slow.Unexplained(Windows(window)), Has.Count.EqualTo(2).And.All.Contains("gave it up for time 1 times"));
        Assert.That(slow.Explained, Is.Zero);
    }

    [Test]
    public void View_given_up_for_time_sooner_than_an_attempt_timeout_is_not_explained()
    {
        var slow = new SlowViews();
        var window = Window(Boroughs.Kensington, gaveUp: 1);
        slow.TryAdd(Unavailable(Demo.Large, ResilienceSettings.AttemptTimeout - TimeSpan.FromMilliseconds(1)), window);

        Assert.That(slow.Unexplained(Windows(window)), Has.One.Contains("1 of them quicker than an attempt timeout"));
    }

    [Test]
    public void View_given_up_at_once_on_a_circuit_its_failed_attempts_opened_is_explained()
    {
        var slow = new SlowViews();
        var window = Window(Boroughs.Kensington, gaveUp: 0, openCircuit: 1, failed: 4);
        slow.TryAdd(Unavailable(Demo.Large, TimeSpan.Zero), window);

        Assert.That(slow.Unexplained(Windows(window)), Is.Empty);
        Assert.That(slow.Explained, Is.EqualTo(1));
    }

    [Test]
    public void Open_circuit_without_failed_attempts_explains_nothing()
    {
        var slow = new SlowViews();
        var window = Window(Boroughs.Kensington, gaveUp: 0, openCircuit: 1, failed: 0);
        slow.TryAdd(Unavailable(Demo.Large, TimeSpan.Zero), window);

        Assert.That(slow.Unexplained(Windows(window)), Has.One.Contains("on an open circuit 1 times"));
    }

    [Test]
    public void Answer_no_unavailable_authority_would_give_is_not_explained()
    {
        var slow = new SlowViews();
        var view = new Observation(1, Demo.Large, Demo.Large, LongEnough, ViewOutcome.Problem(404, "social-care.not-known"), []);

        Assert.That(slow.TryAdd(view, Window(Boroughs.Kensington, gaveUp: 1)), Is.False);
    }

    private static Observation Unavailable(string patient, TimeSpan elapsed) =>
        new(1, patient, patient, elapsed, ViewOutcome.Problem(503, "social-care.unavailable"), []);

    /// <summary>
    /// Window 1, fault-free, in which the library gave <paramref name="authority"/> up for time <paramref name="gaveUp"/>
    /// times and on an open circuit <paramref name="openCircuit"/> times, after <paramref name="failed"/> list page
    /// attempts failed without an answer.
    /// </summary>
    private static WindowRecord Window(string authority, int gaveUp, int openCircuit = 0, int failed = 0)
    {
        var none = new Dictionary<string, int>();
        var recorded = new RecordedAttempts(new AuthorityCalls(0, failed, 0, 0), new AuthorityCalls(0, failed, 0, 0), gaveUp, openCircuit);
        return new WindowRecord(
            new FaultWindow(1, FaultSchedule.WindowLength, []), new HashSet<string>(), none, none, none,
            new Dictionary<string, RecordedAttempts> { [authority] = recorded }, new Dictionary<string, RecordedAttempts>());
    }

    private static Dictionary<int, WindowRecord> Windows(WindowRecord window) => new() { [window.Window.Index] = window };
}
