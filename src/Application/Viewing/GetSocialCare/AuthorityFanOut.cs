using Microsoft.Extensions.Logging;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Viewing.Deadline;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <summary>
/// Spec §1 steps 7–8: asks every authority concurrently under the view's one deadline, and turns whatever happens
/// to one of them (a timeout, an adapter's exception) into that authority's answer, never the others'.
/// </summary>
[UseCaseService]
internal sealed partial class AuthorityFanOut(MosaicGatewayRouter router, TimeProvider time, ILogger<AuthorityFanOut> logger)
{
    internal async Task<IReadOnlyList<AuthorityAnswer>> AskAsync(
        IReadOnlyList<LocalAuthority> authorities, NhsNumber nhsNumber, ViewDeadline deadline)
    {
        // Every gateway is called before any answer is awaited.
        var asks = new Task<AuthorityAnswer>[authorities.Count];
        for (var i = 0; i < asks.Length; i++)
        {
            asks[i] = AskOneAsync(authorities[i], nhsNumber, deadline);
        }

        return await Task.WhenAll(asks).ConfigureAwait(false);
    }

    private async Task<AuthorityAnswer> AskOneAsync(LocalAuthority authority, NhsNumber nhsNumber, ViewDeadline deadline)
    {
        var started = time.GetTimestamp();
        var lookup = await LookupAsync(authority, nhsNumber, deadline).ConfigureAwait(false);
        var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
        if (lookup is MosaicLookup.Unavailable unavailable)
        {
            LogUnavailable(logger, authority.Code.Value, unavailable.Reason, elapsed);
        }
        else
        {
            LogAnswered(logger, authority.Code.Value, lookup is MosaicLookup.Found ? "data" : "no-data", elapsed);
        }

        return new AuthorityAnswer(authority, lookup);
    }

    private async Task<MosaicLookup> LookupAsync(LocalAuthority authority, NhsNumber nhsNumber, ViewDeadline deadline)
    {
        try
        {
            // WaitAsync: an adapter that ignores the token still cannot hold the view past its deadline.
            var lookup = await router.GatewayFor(authority)
                .LookupAsync(authority, nhsNumber, deadline.Token)
                .WaitAsync(deadline.Token)
                .ConfigureAwait(false);
            return lookup ?? new MosaicLookup.Unavailable(UnavailableReason.AdapterFault);
        }
        catch (OperationCanceledException) when (deadline.Token.IsCancellationRequested)
        {
            return new MosaicLookup.Unavailable(deadline.CallerGaveUp ? UnavailableReason.Cancelled : UnavailableReason.Deadline);
        }
        catch (OperationCanceledException)
        {
            // Cancelled by something of the adapter's own, such as an HttpClient timeout.
            return new MosaicLookup.Unavailable(UnavailableReason.Timeout);
        }
        catch (Exception exception)
        {
            // An adapter's exception is its bug, but one council's bug must not cost the others their answer.
            // Only the type is logged: an exception's message may repeat what it was given.
            LogAdapterFailed(logger, authority.Code.Value, exception.GetType().FullName);
            return new MosaicLookup.Unavailable(UnavailableReason.AdapterFault);
        }
    }

    // data or no-data (spec §8): no-data folds not found, not shared and several persons, so that no log line tells
    // a concealed outcome from not-known. The true outcome goes to the audit only.
    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Authority {AuthorityCode} answered {Answer} in {ElapsedMs} ms")]
    private static partial void LogAnswered(ILogger logger, string authorityCode, string answer, double elapsedMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Authority {AuthorityCode} unavailable ({Reason}) after {ElapsedMs} ms")]
    private static partial void LogUnavailable(ILogger logger, string authorityCode, UnavailableReason reason, double elapsedMs);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "The Mosaic gateway for {AuthorityCode} threw {ExceptionType}; answering unavailable for it")]
    private static partial void LogAdapterFailed(ILogger logger, string authorityCode, string? exceptionType);
}
