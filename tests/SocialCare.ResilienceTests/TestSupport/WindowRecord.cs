namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// A window as it ran: the authorities that were not healthy for all of it (a fault in force, or one not yet recovered
/// from); the sandbox's counts when the window before it opened (the run's start, for the first), when it opened and
/// once its last request had its answer; and what the library recorded (<see cref="AttemptLog"/>) of the attempts that
/// began in it and of those that began between the window before's opening and its own.
/// </summary>
internal sealed record WindowRecord(
    FaultWindow Window,
    IReadOnlySet<string> Faulted,
    IReadOnlyDictionary<string, int> PreviousOpened,
    IReadOnlyDictionary<string, int> Opened,
    IReadOnlyDictionary<string, int> Closed,
    IReadOnlyDictionary<string, RecordedAttempts> Attempts,
    IReadOnlyDictionary<string, RecordedAttempts> AttemptsBefore)
{
    /// <summary>The requests the sandbox received during the window, by authority.</summary>
    public IReadOnlyDictionary<string, AuthorityCalls> Calls => SandboxCalls.ByAuthority(Opened, Closed);

    /// <summary>
    /// Attempts the library began before this window (in the window before it, or between the two) that the sandbox
    /// had not received by the time this one opened, by authority and kind: an attempt the library gave up on may reach
    /// the sandbox late, when a starved machine let its bytes sit unread, and is then counted in this window.
    /// </summary>
    public IReadOnlyDictionary<string, AuthorityCalls> Pending
    {
        get
        {
            var received = SandboxCalls.ByAuthority(PreviousOpened, Opened);
            return AttemptsBefore.ToDictionary(
                a => a.Key,
                a => AtLeastNone(a.Value.All.Minus(received.GetValueOrDefault(a.Key, AuthorityCalls.None))),
                StringComparer.Ordinal);
        }
    }

    /// <summary>Attempts at the authority that failed without an answer, begun in this window or the span before it.</summary>
    public int FailedAttemptsSincePreviousOpened(string authority) =>
        AttemptsBefore.GetValueOrDefault(authority, RecordedAttempts.None).FailedAttempts
        + Attempts.GetValueOrDefault(authority, RecordedAttempts.None).FailedAttempts;

    private static AuthorityCalls AtLeastNone(AuthorityCalls calls) =>
        new(Math.Max(0, calls.Lookups), Math.Max(0, calls.ListPages), Math.Max(0, calls.TokenPosts), Math.Max(0, calls.Other));
}
