using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// The run's windows: fault windows on some authorities, each followed by fault-free ones, covering every kind of
/// fault the issue names. Fixed, not random, so every run meets the same faults in the same order; the seed faults
/// (Hounslow for demo-unavailable, Westminster for demo-partial) stay in force throughout.
/// </summary>
internal static class FaultSchedule
{
    public static readonly TimeSpan WindowLength = TimeSpan.FromSeconds(2.5);

    /// <summary>Far under the attempt timeout: the authority stays healthy, so its views must be exact.</summary>
    public static readonly TimeSpan HarmlessLatency = TimeSpan.FromMilliseconds(100);

    /// <summary>Twice the attempt timeout: every attempt times out.</summary>
    public static readonly TimeSpan HarmfulLatency = ResilienceSettings.AttemptTimeout * 2;

    /// <summary>A circuit the fault may have opened closes after its break; a little more for the first trial to pass.</summary>
    private static readonly TimeSpan CircuitRecovery = ResilienceSettings.BreakDuration + TimeSpan.FromMilliseconds(250);

    public static IReadOnlyList<FaultWindow> Windows { get; } = Build(
    [
        [],
        [],
        [Fault(SandboxFaultKind.InvalidToken, Boroughs.Harrow, ResilienceSettings.RefusedCredentialsRemembered + TimeSpan.FromMilliseconds(250))],
        [Harmless(Boroughs.Hammersmith), Fault(SandboxFaultKind.Status, Boroughs.Ealing, CircuitRecovery, status: 500)],
        [],
        [Fault(SandboxFaultKind.Status, Boroughs.Hammersmith, CircuitRecovery, status: 503)],
        [Fault(SandboxFaultKind.RateLimit, Boroughs.Brent, TimeSpan.Zero), Fault(SandboxFaultKind.Latency, Boroughs.Hillingdon, CircuitRecovery, delay: HarmfulLatency)],
        [],
        [Fault(SandboxFaultKind.Hang, Boroughs.Kensington, CircuitRecovery)],
        [Fault(SandboxFaultKind.Malformed, Boroughs.Ealing, TimeSpan.Zero), Harmless(Boroughs.Brent)],
        [],
        [Fault(SandboxFaultKind.Drop, Boroughs.Hammersmith, CircuitRecovery), Fault(SandboxFaultKind.Status, Boroughs.Brent, CircuitRecovery, status: 500)],
        [],
        [Fault(SandboxFaultKind.Status, Boroughs.Kensington, CircuitRecovery, status: 503, resource: "case-notes"), Harmless(Boroughs.Ealing)],
        [Fault(SandboxFaultKind.Latency, Boroughs.Hammersmith, CircuitRecovery, delay: HarmfulLatency)],
        [],
        [],
        [],
    ]);

    /// <summary>The window after which memory and threads are first measured.</summary>
    public static int Middle => Windows.Count / 2;

    private static List<FaultWindow> Build(IReadOnlyList<IReadOnlyList<PlannedFault>> faults) =>
        [.. faults.Select((f, i) => new FaultWindow(i, WindowLength, f))];

    private static PlannedFault Harmless(string authority) =>
        new(new SandboxFault { Kind = SandboxFaultKind.Latency, Authority = authority, Delay = HarmlessLatency }, Recovery: null);

    private static PlannedFault Fault(
        SandboxFaultKind kind, string authority, TimeSpan recovery, int status = 503, TimeSpan delay = default, string? resource = null) =>
        new(
            new SandboxFault { Kind = kind, Authority = authority, Status = status, Delay = delay, Resource = resource, RetryAfterSeconds = 1 },
            recovery);
}
