namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>Everything a run saw: each answer, each window, the recovery probes, memory and threads, and how long it took.</summary>
internal sealed record RunReport(
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<WindowRecord> Windows,
    int Probes,
    IReadOnlyList<string> RecoveryFailures,
    ProcessSnapshot Middle,
    ProcessSnapshot End,
    IReadOnlyDictionary<string, int> SandboxCounts,
    TimeSpan Duration);
