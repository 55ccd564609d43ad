namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>One answer the clients received: who asked for whom, in which window, how long it took and what it was.</summary>
internal sealed record Observation(int Window, string Patient, string Viewer, TimeSpan Elapsed, ViewOutcome Outcome, IReadOnlyList<string> Leaks);
