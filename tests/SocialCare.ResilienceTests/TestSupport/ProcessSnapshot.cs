using System.Diagnostics;
using System.Runtime;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>Managed memory after a forced, blocking, compacting collection, and the process's threads.</summary>
internal sealed record ProcessSnapshot(long ManagedBytes, int Threads)
{
    public static ProcessSnapshot Take()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new(managed, process.Threads.Count);
    }

    public double ManagedMegabytes => ManagedBytes / (1024.0 * 1024.0);
}
