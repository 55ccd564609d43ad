using System.Net;
using System.Net.Http.Headers;
using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// Puts the authority's credentials on every attempt. A bearer token that Mosaic refuses (401) is forgotten and the
/// request repeated once with a new one, so an expired or revoked token costs one round trip, not the view.
/// </summary>
internal sealed class MosaicAuthenticationHandler(MosaicAuthOptions auth, Func<ClientCredentialsTokenSource>? tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        switch (auth.Mode)
        {
            case MosaicAuthMode.ApiKey:
                request.Headers.Remove(auth.HeaderName);
                request.Headers.TryAddWithoutValidation(auth.HeaderName, auth.ApiKey);
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            case MosaicAuthMode.ClientCredentials when tokens is not null:
                return await SendWithTokenAsync(request, tokens(), cancellationToken).ConfigureAwait(false);
            default:
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(
        HttpRequestMessage request, ClientCredentialsTokenSource source, CancellationToken cancellationToken)
    {
        var token = await source.GetAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        source.Reject(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await source.GetAsync(cancellationToken).ConfigureAwait(false));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
