using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// At start-up, each enabled council's <c>MaxConcurrency</c>, which holds per instance: N instances may send a
/// council N times as many requests at once, so a host divides the council's agreed limit by its instances
/// (docs/scale-out.md) and this line states what one instance will send.
/// </summary>
internal sealed partial class ConcurrencyStartupLog(IOptions<MosaicOptions> options, ILogger<MosaicHttpGateway> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var authority in options.Value.LocalAuthorities.Where(a => a.Enabled))
        {
            LogMaxConcurrency(logger, authority.Code, authority.MaxConcurrency);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2004, EventName = "MaxConcurrencyPerInstance", Level = LogLevel.Information, Message = "{AuthorityCode}: at most {MaxConcurrency} concurrent requests from this instance")]
    private static partial void LogMaxConcurrency(ILogger logger, string authorityCode, int maxConcurrency);
}
