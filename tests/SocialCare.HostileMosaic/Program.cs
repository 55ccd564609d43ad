namespace SocialCare.HostileMosaic;

internal static class Program
{
    public static Task<int> Main(string[] args) => MemoryProbe.RunAsync(args);
}
