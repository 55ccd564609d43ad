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
        var auth = authority.Auth;
        var tokenUrl = MosaicEndpoints.TokenUrl(options.Value, authority)
            ?? throw new InvalidOperationException($"No token URL for {authority.Code}: the options validator should have stopped the host.");
        var request = new MosaicTokenRequest(authority.Code, tokenUrl, auth.ClientId ?? "", auth.ClientSecret ?? "", auth.Scope, authority.AttemptTimeout);
        return new ClientCredentialsTokenSource(request, clients, time, loggers.CreateLogger<ClientCredentialsTokenSource>());
    }
}
