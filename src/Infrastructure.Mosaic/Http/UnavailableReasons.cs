using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using SocialCare.Application.Abstractions;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>The closed reason (<see cref="UnavailableReason"/>) of each way a request to Mosaic fails.</summary>
internal static class UnavailableReasons
{
    /// <summary>A failure status. Its body, the council's text, is never read (docs/mosaic-contract.md).</summary>
    public static UnavailableReason Of(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => UnavailableReason.BadCredentials,
        HttpStatusCode.TooManyRequests => UnavailableReason.RateLimited,
        HttpStatusCode.RequestTimeout => UnavailableReason.Timeout,
        >= HttpStatusCode.InternalServerError => UnavailableReason.ServerError,
        _ => UnavailableReason.Other,
    };

    /// <summary>What a lookup threw, classified; null for anything not expected of Mosaic (a bug, say).</summary>
    public static UnavailableReason? Of(Exception exception) => exception switch
    {
        MosaicUnavailableException unavailable => unavailable.Reason,
        BrokenCircuitException => UnavailableReason.CircuitOpen,
        TimeoutRejectedException => UnavailableReason.Timeout,
        RateLimiterRejectedException => UnavailableReason.RateLimited,
        JsonException => UnavailableReason.MalformedResponse,
        // A body said to be compressed that does not decompress: what was sent cannot be read.
        InvalidDataException => UnavailableReason.MalformedResponse,
        HttpRequestException or IOException => UnavailableReason.ConnectionFailed,
        OperationCanceledException => UnavailableReason.Timeout,
        _ => null,
    };
}
