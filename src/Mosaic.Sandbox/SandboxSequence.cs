namespace SocialCare.Mosaic.Sandbox;

/// <summary>
/// One increasing counter for token issues and fault additions, so "issued before the fault" holds even when
/// both happen within one clock tick.
/// </summary>
internal static class SandboxSequence
{
    private static long _last;

    public static long Next() => Interlocked.Increment(ref _last);
}
