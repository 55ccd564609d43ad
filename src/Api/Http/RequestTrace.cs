using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace SocialCare.Api.Http;

/// <summary>
/// The W3C trace id of one request, quoted in problems and written to the audit. It is the host's activity when
/// that is W3C (ASP.NET Core's, which continues an incoming <c>traceparent</c>); otherwise SocialCare starts its
/// own, continuing a valid <c>traceparent</c> and nothing else (no <c>Request-Id</c>, no baggage), so that the
/// audit and the calls to Mosaic carry the same id as the problem.
/// </summary>
internal sealed class RequestTrace : IDisposable
{
    private const string TraceParentHeader = "traceparent";

    private readonly Activity? _own;

    private RequestTrace(Activity? own, string traceId)
    {
        _own = own;
        TraceId = traceId;
    }

    public string TraceId { get; }

    public static RequestTrace Begin(HttpContext context)
    {
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } current && current.TraceId != default)
        {
            return new(null, current.TraceId.ToHexString());
        }

        var own = new Activity("SocialCare.Request");
        own.SetIdFormat(ActivityIdFormat.W3C);
        if (context.Request.Headers[TraceParentHeader] is [{ } traceParent]
            && ActivityContext.TryParse(traceParent, null, out var parent))
        {
            own.SetParentId(parent.TraceId, parent.SpanId, parent.TraceFlags);
        }
        else if (Activity.Current is not null)
        {
            // Not a child of the host's non-W3C activity, whose id came from a header SocialCare does not read.
            own.SetParentId(ActivityTraceId.CreateRandom(), default);
        }

        own.Start();
        return new(own, own.TraceId.ToHexString());
    }

    public void Dispose() => _own?.Dispose();
}
