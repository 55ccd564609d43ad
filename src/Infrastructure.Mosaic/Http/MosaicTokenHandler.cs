using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// Fetches the bearer token before the resilience pipeline starts, so that a slow token endpoint is not charged to
/// Mosaic's attempt timeout or circuit; <see cref="MosaicAuthenticationHandler"/> puts it on each attempt.
/// </summary>
internal sealed class MosaicTokenHandler(MosaicAuthOptions auth, Func<ClientCredentialsTokenSource> tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (auth.Mode == MosaicAuthMode.ClientCredentials)
        {
            request.Options.Set(MosaicAuthenticationHandler.Token, await tokens().GetAsync(cancellationToken).ConfigureAwait(false));
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
