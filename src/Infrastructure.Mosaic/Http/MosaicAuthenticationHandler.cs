using System.Net;
using System.Net.Http.Headers;
using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// Puts the authority's credentials on every attempt, inside the resilience pipeline. The bearer token was fetched
/// by <see cref="MosaicTokenHandler"/> before the pipeline started, so its time is not the attempt's. A token that
/// Mosaic refuses (401) is forgotten and the request repeated once with a new one, so an expired or revoked token
/// costs one round trip; a new token refused too means the credentials are wrong, which is then believed for a while.
/// </summary>
internal sealed class MosaicAuthenticationHandler(MosaicAuthOptions auth, Func<ClientCredentialsTokenSource>? tokens) : DelegatingHandler
{
    /// <summary>Where <see cref="MosaicTokenHandler"/> leaves the token for the attempts.</summary>
    internal static readonly HttpRequestOptionsKey<string> Token = new("SocialCare.Mosaic.Token");

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
        var token = request.Options.TryGetValue(Token, out var fetched) ? fetched : await source.GetAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        source.Reject(token);
        var renewed = await source.GetAsync(cancellationToken).ConfigureAwait(false);
        request.Options.Set(Token, renewed);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        var again = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (again.StatusCode == HttpStatusCode.Unauthorized)
        {
            source.RefusedByMosaic();
        }

        return again;
    }
}
