using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SocialCare.Api.Answers;
using SocialCare.Api.Http;
using SocialCare.Application.Errors;

namespace SocialCare.Api.Edge;

/// <summary>
/// The outermost edge filter, around every answer of SocialCare's routes: it fixes the request's trace id
/// (<see cref="RequestTrace"/>), sets the protective headers (<see cref="SocialCareHeaders"/>) before anything else,
/// and writes the answer itself, so that a failure while writing it is guarded too. A caller that has gone gets
/// nothing. Any other exception is a bug: logged as event 3001 with its types and stack, never its message, and
/// answered as a bare 500 <c>social-care.internal-error</c> with the trace id; once the answer has started, the
/// connection is aborted instead.
/// </summary>
internal sealed partial class EdgeGuardFilter(
    EdgeRequest edge,
    SocialCareHeaders headers,
    ErrorAnswers answers,
    ILogger<EdgeGuardFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var route = EdgeRoute.Of(http);
        using var trace = RequestTrace.Begin(http);
        edge.Begin(http, route, trace.TraceId);
        headers.Apply(http.Response, route.Surface == Surface.Page);
        try
        {
            var answer = await next(context).ConfigureAwait(false) as IResult
                ?? throw new InvalidOperationException("A SocialCare endpoint answered something other than an IResult.");
            await answer.ExecuteAsync(http).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The caller has gone: there is no one to answer, and the audit has recorded the attempt as cancelled.
        }
        catch (Exception exception)
        {
            // Only the types and the stack: an exception's message may repeat the ids or data it was given.
            LogUnhandled(logger, TypeChain(exception), route.Surface, trace.TraceId, exception.StackTrace);
            if (http.Response.HasStarted)
            {
                http.Abort();
            }
            else
            {
                http.Response.Clear();
                headers.Apply(http.Response, route.Surface == Surface.Page);
                await answers.For(new InternalError(), edge).ExecuteAsync(http).ConfigureAwait(false);
            }
        }

        // The answer is written: nothing is left for the framework to write.
        return Results.Empty;
    }

    // "InvalidOperationException <- HttpRequestException": every type in the chain, none of the messages.
    private static string TypeChain(Exception exception)
    {
        var types = new List<string>();
        for (Exception? current = exception; current is not null && types.Count < 8; current = current.InnerException)
        {
            types.Add(current.GetType().FullName ?? current.GetType().Name);
        }

        return string.Join(" <- ", types);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "A SocialCare {Surface} request failed with {ExceptionType} (trace {TraceId}); answered internal-error\n{StackTrace}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, Surface surface, string traceId, string? stackTrace);
}
