namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>One stretch of the run: the faults in force during it (none for a fault-free window) and how long it lasts.</summary>
internal sealed record FaultWindow(int Index, TimeSpan Duration, IReadOnlyList<PlannedFault> Faults)
{
    public bool IsFaultFree => Faults.Count == 0;

    public override string ToString() => IsFaultFree ? "fault-free" : string.Join(" + ", Faults);
}
