namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// A window as it ran: the authorities that were not healthy for all of it (a fault in force, or one not yet recovered
/// from), and the sandbox's counts when it opened and once its last request had its answer.
/// </summary>
internal sealed record WindowRecord(
    FaultWindow Window,
    IReadOnlySet<string> Faulted,
    IReadOnlyDictionary<string, int> CountsBefore,
    IReadOnlyDictionary<string, int> CountsAfter)
{
    public IReadOnlyDictionary<string, AuthorityCalls> Calls => SandboxCalls.ByAuthority(CountsBefore, CountsAfter);
}
