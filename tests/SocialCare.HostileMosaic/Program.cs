
namespace SocialCare.HostileMosaic;

/// <summary>
/// <c>dotnet SocialCare.HostileMosaic.dll [options]</c> runs <see cref="MemoryProbe"/>;
/// <c>dotnet SocialCare.HostileMosaic.dll serve [--pages 12] [--bytes-per-page 1300000]</c> serves its council alone,
/// printing the URL, until its input closes: to run the probe against it, built from another commit, say.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["serve", ..])
        {
            return await MemoryProbe.RunAsync(args).ConfigureAwait(false);
        }

        await using var server = HostileServer.Start();
        var pages = MemoryProbe.Argument(args, "--pages", 12);
        var bytesPerPage = MemoryProbe.Argument(args, "--bytes-per-page", 1_300_000);
        Console.WriteLine(server.Council("hostile", LongNamesCouncil.Answer([.. CleanCouncil.Items.Keys], pages, bytesPerPage)).AbsoluteUri);
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        return 0;
    }
}
