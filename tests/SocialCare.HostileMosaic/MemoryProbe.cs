using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;

namespace SocialCare.HostileMosaic;

/// <summary>
/// <c>dotnet SocialCare.HostileMosaic.dll [--council URL] [--views 16] [--pages 12] [--bytes-per-page 1300000] [--max-lookup-bytes N]</c>:
/// the gateway as a host composes it, asked <c>views</c> times at once about one person by a council whose five
/// lists each run to <c>pages</c> pages of one long name (<see cref="LongNamesCouncil"/>): the one at <c>--council</c>,
/// or else one this process serves itself. Prints one line of figures, this process's peak working set among them,
/// for a test to hold against a bound: in a process of its own, so that nothing else the test runner holds (the
/// council included, when the test serves it) is counted. Timeouts are long, so that a slow machine changes how long
/// this takes, never what is read.
/// </summary>
internal static class MemoryProbe
{
    private const long Mb = 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var views = Argument(args, "--views", 16);
        var pages = Argument(args, "--pages", 12);
        var bytesPerPage = Argument(args, "--bytes-per-page", 1_300_000);
        var maxLookupBytes = Argument(args, "--max-lookup-bytes", 0L);
        var councilUrl = Argument(args, "--council", "");

        await using var server = councilUrl.Length == 0 ? HostileServer.Start() : null;
        var council = server?.Council("hostile", LongNamesCouncil.Answer([.. CleanCouncil.Items.Keys], pages, bytesPerPage)) ?? new Uri(councilUrl);
        var settings = Settings(council);
        if (maxLookupBytes > 0)
        {
            settings["SocialCare:MaxLookupBytes"] = maxLookupBytes.ToString(CultureInfo.InvariantCulture);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSocialCareApplication(configuration).AddSocialCareMosaic(configuration);
        await using var provider = services.BuildServiceProvider();
        var gateway = provider.GetRequiredService<IMosaicGateway>();
        var authority = new LocalAuthority(GssCode.Create("E09000013").Value, "Hammersmith and Fulham", "north-west-london");
        var nhsNumber = NhsNumber.Create("9990000026").Value;

        var before = Snapshot();
        var lookups = await Task.WhenAll(Enumerable.Range(0, views).Select(_ => Task.Run(() => gateway.LookupAsync(authority, nhsNumber, CancellationToken.None))));
        var peak = Snapshot();
        var retained = GC.GetTotalMemory(forceFullCollection: true);

        var outcomes = lookups
            .GroupBy(l => l is MosaicLookup.Unavailable unavailable ? unavailable.Reason.ToString() : l.GetType().Name)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}:{g.Count()}"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"views={views} outcomes={string.Join(',', outcomes)} peak-working-set-mb={peak.PeakWorkingSet / Mb} working-set-before-mb={before.WorkingSet / Mb} " +
            $"retained-managed-mb={retained / Mb} allocated-mb={GC.GetTotalAllocatedBytes() / Mb} gc-server={System.Runtime.GCSettings.IsServerGC}"));
        return 0;
    }

    private static (long WorkingSet, long PeakWorkingSet) Snapshot()
    {
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64, process.PeakWorkingSet64);
    }

    private static Dictionary<string, string?> Settings(Uri council) => new()
    {
        ["SocialCare:Deadline"] = "00:05:00",
        ["SocialCare:Regions:0:Id"] = "north-west-london",
        ["SocialCare:Regions:0:Name"] = "North West London",
        ["SocialCare:Regions:0:Enabled"] = "true",
        ["SocialCare:Sandbox:Enabled"] = "true",
        ["SocialCare:Sandbox:Url"] = council.AbsoluteUri,
        ["SocialCare:LocalAuthorities:0:Code"] = "E09000013",
        ["SocialCare:LocalAuthorities:0:Name"] = "Hammersmith and Fulham",
        ["SocialCare:LocalAuthorities:0:Region"] = "north-west-london",
        ["SocialCare:LocalAuthorities:0:Enabled"] = "true",
        ["SocialCare:LocalAuthorities:0:BaseUrl"] = council.AbsoluteUri,
        ["SocialCare:LocalAuthorities:0:AttemptTimeout"] = "00:01:00",
        ["SocialCare:LocalAuthorities:0:Retries"] = "1",
        ["SocialCare:LocalAuthorities:0:Auth:Mode"] = "ApiKey",
        ["SocialCare:LocalAuthorities:0:Auth:HeaderName"] = "X-Api-Key",
        ["SocialCare:LocalAuthorities:0:Auth:ApiKey"] = "hostile-api-key",
    };

    internal static T Argument<T>(string[] args, string name, T fallback)
        where T : IParsable<T>
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? T.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
