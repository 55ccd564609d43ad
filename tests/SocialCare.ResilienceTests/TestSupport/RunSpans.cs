namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// The run cut into spans, in order: the warm-up, then each window and the edge after it (where faults change and
/// recovered authorities are probed). <see cref="AttemptLog"/> counts what the library did by span.
/// </summary>
internal static class RunSpans
{
    public const int WarmUp = 0;

    public static int Window(int index) => (2 * index) + 1;

    public static int EdgeAfter(int index) => (2 * index) + 2;

    /// <summary>The spans between the opening of the window before this one (the run's start, for the first) and this one's.</summary>
    public static int[] Before(int index) => index == 0 ? [WarmUp] : [Window(index - 1), EdgeAfter(index - 1)];
}
