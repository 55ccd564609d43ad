using System.Diagnostics;

namespace SocialCare.Load.OpenLoop;

/// <summary>
/// Request i is due at <c>i / rate</c> seconds after the start, whatever happened to the requests before it: the
/// schedule never waits for a response, so a slow server cannot slow the load down and hide its own stalls.
/// </summary>
public sealed class FixedSchedule
{
    public FixedSchedule(double rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        Rate = rate;
    }

    /// <summary>Requests per second.</summary>
    public double Rate { get; }

    /// <summary>How many requests fall due in the first <paramref name="span"/> (those due strictly before it ends).</summary>
    public int CountWithin(TimeSpan span) => (int)Math.Ceiling(span.TotalSeconds * Rate);

    /// <summary>When request <paramref name="index"/> is due, in <see cref="Stopwatch"/> ticks after the start.</summary>
    public long DueOffset(int index) => (long)Math.Round(index * (double)Stopwatch.Frequency / Rate);
}
