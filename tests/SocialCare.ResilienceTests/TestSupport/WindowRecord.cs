namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// A window as it ran: the authorities that were not healthy for all of it (a fault in force, or one not yet recovered
/// from), and the calls counted on both sides when the window before it opened (the run's start, for the first), when
/// it opened, and once its last request had its answer.
/// </summary>
internal sealed record WindowRecord(
    FaultWindow Window,
    IReadOnlySet<string> Faulted,
    CallCounts PreviousOpened,
    CallCounts Opened,
    CallCounts Closed)
{
    /// <summary>The requests the sandbox received during the window, by authority.</summary>
    public IReadOnlyDictionary<string, AuthorityCalls> Calls => SandboxCalls.ByAuthority(Opened.Sandbox, Closed.Sandbox);

    /// <summary>The attempts the library recorded during the window, by authority.</summary>
    public IReadOnlyDictionary<string, RecordedAttempts> Attempts => RecordedAttempts.Between(Opened.Library, Closed.Library);

    /// <summary>
    /// Attempts the library recorded in the window before this one (or between the two) that the sandbox had not
    /// received by the time this one opened, by authority and kind: an attempt the library gave up on may reach the
    /// sandbox late, when a starved machine let its bytes sit unread, and is then counted in this window.
    /// </summary>
    public IReadOnlyDictionary<string, AuthorityCalls> Pending
    {
        get
        {
            var received = SandboxCalls.ByAuthority(PreviousOpened.Sandbox, Opened.Sandbox);
            return RecordedAttempts.Between(PreviousOpened.Library, Opened.Library).ToDictionary(
                a => a.Key,
                a => AtLeastNone(a.Value.All.Minus(received.GetValueOrDefault(a.Key, AuthorityCalls.None))),
                StringComparer.Ordinal);
        }
    }

    private static AuthorityCalls AtLeastNone(AuthorityCalls calls) =>
        new(Math.Max(0, calls.Lookups), Math.Max(0, calls.ListPages), Math.Max(0, calls.TokenPosts), Math.Max(0, calls.Other));
}
