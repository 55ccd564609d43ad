using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// One authority's OAuth2 client-credentials token: fetched once however many requests need it at the same moment,
/// renewed in the background from shortly before it expires while it is still served, forgotten when Mosaic refuses
/// it. A failure is remembered for a while, so that a refusing or dead token endpoint answers every view at once
/// instead of being asked by each. The token and the secret are never logged.
/// </summary>
/// <param name="refusalRemembered">
/// How long refused credentials are believed (<c>Auth:RefusalRemembered</c>): asking again at every view would only get
/// the client locked out by the council's identity provider.
/// </param>
internal sealed partial class ClientCredentialsTokenSource(
    MosaicTokenRequest tokenRequest, TimeSpan refusalRemembered, IHttpClientFactory clients, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan MaximumEarlyRefresh = TimeSpan.FromSeconds(60);

    /// <summary>How long a token endpoint that is down, slow or unreadable is believed to stay so.</summary>
    internal static readonly TimeSpan FailureRemembered = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private CachedToken? _token;
    private Task<CachedToken>? _fetch;
    private (UnavailableReason Reason, DateTimeOffset Until)? _failure;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        Task<CachedToken> fetch;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_token is { } fresh && now < fresh.RefreshAt)
            {
                return fresh.Value;
            }

            if (_failure is { } failure && now < failure.Until)
            {
                if (_token is { } stillValid && now < stillValid.ExpiresAt)
                {
                    return stillValid.Value;
                }

                throw new MosaicUnavailableException(failure.Reason);
            }

            // Started without the caller's token: one caller giving up must not fail the others waiting on it.
            fetch = _fetch ??= StartFetch();
            if (_token is { } renewing && now < renewing.ExpiresAt)
            {
                return renewing.Value;
            }
        }

        var token = await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        return token.Value;
    }

    /// <summary>Forgets <paramref name="token"/> after Mosaic refused it, unless a newer one has replaced it.</summary>
    public void Reject(string token)
    {
        lock (_gate)
        {
            if (_token?.Value == token)
            {
                _token = null;
            }
        }
    }

    /// <summary>Mosaic refused a token just issued: the credentials are wrong for it, and are believed so for a while.</summary>
    public void RefusedByMosaic()
    {
        lock (_gate)
        {
            _token = null;
            _failure = (UnavailableReason.BadCredentials, time.GetUtcNow() + refusalRemembered);
        }
    }

    private Task<CachedToken> StartFetch()
    {
        var fetch = FetchAsync();
        _ = fetch.ContinueWith(
            completed =>
            {
                lock (_gate)
                {
                    if (completed.IsCompletedSuccessfully)
                    {
                        _token = completed.Result;
                        _failure = null;
                    }
                    else
                    {
                        var reason = (completed.Exception?.InnerException as MosaicUnavailableException)?.Reason ?? UnavailableReason.Other;
                        var remembered = reason == UnavailableReason.BadCredentials ? refusalRemembered : FailureRemembered;
                        _failure = (reason, time.GetUtcNow() + remembered);
                    }

                    if (ReferenceEquals(_fetch, completed))
                    {
                        _fetch = null;
                    }
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return fetch;
    }

    private async Task<CachedToken> FetchAsync()
    {
        await Task.Yield();
        using var timeout = new CancellationTokenSource(tokenRequest.Timeout, time);
        var client = clients.CreateClient(MosaicClientNames.Token(tokenRequest.AuthorityCode));
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenRequest.TokenUrl) { Content = tokenRequest.Form() };
        try
        {
            using var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, tokenRequest.AuthorityCode, (int)response.StatusCode);
                throw new MosaicUnavailableException(ReasonFor(response.StatusCode));
            }

            var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var dto = await JsonSerializer.DeserializeAsync(body, MosaicJsonContext.Default.TokenResponseDto, timeout.Token).ConfigureAwait(false);
                if (string.IsNullOrEmpty(dto?.AccessToken) || dto.ExpiresIn is not > 0)
                {
                    throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
                }

                var now = time.GetUtcNow();
                var lifetime = TimeSpan.FromSeconds(dto.ExpiresIn.Value);
                var early = TimeSpan.FromTicks(Math.Min(MaximumEarlyRefresh.Ticks, lifetime.Ticks / 10));
                LogObtained(logger, tokenRequest.AuthorityCode, dto.ExpiresIn.Value);
                return new CachedToken(dto.AccessToken, RefreshAt: now + lifetime - early, ExpiresAt: now + lifetime);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new MosaicUnavailableException(UnavailableReason.Timeout);
        }
        catch (JsonException)
        {
            throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new MosaicUnavailableException(UnavailableReason.ConnectionFailed);
        }
    }

    // RFC 6749 §5.2: a token endpoint answers 400 for a client, grant or scope it refuses.
    private static UnavailableReason ReasonFor(HttpStatusCode status) =>
        status == HttpStatusCode.BadRequest ? UnavailableReason.BadCredentials : UnavailableReasons.Of(status);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Token for {AuthorityCode} obtained, valid for {Seconds} s")]
    private static partial void LogObtained(ILogger logger, string authorityCode, int seconds);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "The token endpoint of {AuthorityCode} answered {StatusCode}")]
    private static partial void LogRefused(ILogger logger, string authorityCode, int statusCode);

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt);
}
