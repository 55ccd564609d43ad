namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// What the library recorded at one authority (<see cref="AttemptLog"/>): its attempts by kind of call, all of them and
/// those that failed without an answer from Mosaic (each of which may be followed by a retry, or reach Mosaic late),
/// and how many times a view gave the authority up for time (its attempts timed out, or the view's deadline came) or
/// because its circuit was open.
/// </summary>
internal sealed record RecordedAttempts(AuthorityCalls All, AuthorityCalls Failed, int GaveUpForTime, int GaveUpOnOpenCircuit)
{
    public static RecordedAttempts None { get; } = new(AuthorityCalls.None, AuthorityCalls.None, 0, 0);

    /// <summary>Attempts of any kind that failed without an answer.</summary>
    public int FailedAttempts => Failed.Lookups + Failed.ListPages + Failed.TokenPosts + Failed.Other;

    public RecordedAttempts Add(RecordedAttempts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(All.Add(other.All), Failed.Add(other.Failed), GaveUpForTime + other.GaveUpForTime, GaveUpOnOpenCircuit + other.GaveUpOnOpenCircuit);
    }

    public override string ToString() =>
        $"{All} ({FailedAttempts} failed; views that gave it up for time {GaveUpForTime}, on an open circuit {GaveUpOnOpenCircuit})";
}
