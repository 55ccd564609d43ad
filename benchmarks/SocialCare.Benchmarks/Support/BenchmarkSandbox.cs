using Microsoft.Extensions.Logging.Abstractions;
using SocialCare.Baseline;
using SocialCare.Mosaic.Sandbox;

namespace SocialCare.Benchmarks.Support;

/// <summary>The sandbox Mosaic on a free loopback port, quiet, and the baseline client pointed at it.</summary>
public static class BenchmarkSandbox
{
    public const string ClientId = "sandbox-client";
    public const string ClientSecret = "sandbox-secret";

    // One client for every baseline, as a hand-written client would share its HttpClient.
    private static readonly HttpClient Http = new();

    public static Task<MosaicSandbox> StartAsync() =>
        MosaicSandbox.StartAsync(new SandboxSettings
        {
            Port = 0,
            LoggerProvider = NullLoggerProvider.Instance,

            // The request log is the sandbox's, not Mosaic's: keep its cost out of both sides.
            RequestLogCapacity = 1,
        });

    public static BaselineMosaicClient Baseline(MosaicSandbox sandbox, string authorityCode)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        return new BaselineMosaicClient(Http, sandbox.AuthorityBaseUrl(authorityCode), sandbox.TokenUrl(authorityCode), ClientId, ClientSecret);
    }
}
