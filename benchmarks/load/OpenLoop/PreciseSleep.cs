using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SocialCare.Load.OpenLoop;

/// <summary>
/// Sleeps until a <see cref="Stopwatch"/> timestamp. <see cref="Thread.Sleep(int)"/> and timers round to whole
/// milliseconds, and every bit of oversleep counts as latency (it is measured from the scheduled time), so on Linux
/// this sleeps with <c>usleep</c>, which wakes within tens of microseconds.
/// </summary>
internal static class PreciseSleep
{
    public static void Until(long timestamp)
    {
        while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp) is { Ticks: > 0 } remaining)
        {
            if (OperatingSystem.IsLinux())
            {
                _ = MicroSleep((uint)Math.Min(remaining.TotalMicroseconds, 1_000_000));
            }
            else
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(Math.Ceiling(remaining.TotalMilliseconds)));
            }
        }
    }

    [DllImport("libc", EntryPoint = "usleep")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MicroSleep(uint microseconds);
}
