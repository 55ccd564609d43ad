using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// A sandbox fault for one window, always scoped to one authority, and how long after it is removed its authority may
/// still be unavailable: null for a fault that cannot make it so (latency well under the attempt timeout).
/// </summary>
internal sealed record PlannedFault(SandboxFault Fault, TimeSpan? Recovery)
{
    public string Authority => Fault.Authority ?? throw new InvalidOperationException("Every planned fault names its authority.");

    public bool IsHarmless => Recovery is null;

    public override string ToString() =>
        $"{Fault.Kind}{(Fault.Kind == SandboxFaultKind.Status ? " " + Fault.Status : "")}{(Fault.Kind == SandboxFaultKind.Latency ? $" {Fault.Delay.TotalMilliseconds:0}ms" : "")}" +
        $"{(Fault.Resource is null ? "" : " " + Fault.Resource)}@{Boroughs.Name(Authority)}";
}
