using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>One token source per authority, for the life of the process, so handler rotation keeps the cached token.</summary>
internal sealed class MosaicTokenSources(
    IOptions<MosaicOptions> options, IHttpClientFactory clients, TimeProvider time, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<string, ClientCredentialsTokenSource> _sources = new(StringComparer.OrdinalIgnoreCase);

    public ClientCredentialsTokenSource For(MosaicAuthorityOptions authority) =>
        _sources.GetOrAdd(authority.Code, _ => Create(authority));

    private ClientCredentialsTokenSource Create(MosaicAuthorityOptions authority)
    {
        var request = MosaicTokenRequest.For(options.Value, authority)
            ?? throw new InvalidOperationException($"No token URL for {authority.Code}: the options validator should have stopped the host.");
        return new ClientCredentialsTokenSource(request, authority.Auth.RefusalRemembered, clients, time, loggers.CreateLogger<ClientCredentialsTokenSource>());
    }
}
