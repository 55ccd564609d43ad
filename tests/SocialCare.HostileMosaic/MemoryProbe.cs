namespace SocialCare.HostileMosaic;

internal static class MemoryProbe
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(args.Length);
}
