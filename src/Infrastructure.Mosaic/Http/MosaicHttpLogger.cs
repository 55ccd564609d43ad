using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// Replaces the factory's request logging, whose lines carry the full URL and so a Mosaic person id: each attempt is
/// logged with the resource's template (<c>v1/persons/{personId}/case-notes</c>), the status and the time, and a
/// failure with its exception's type only. No URL, header or body reaches a log line.
/// </summary>
internal sealed partial class MosaicHttpLogger(ILogger logger) : IHttpClientLogger
{
    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var resource = Template(request.RequestUri);
        LogAnswered(logger, request.Method.Method, resource, (int)response.StatusCode, elapsed.TotalMilliseconds);
    }

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(exception);
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var resource = Template(request.RequestUri);
        var exceptionType = exception.GetType().Name;
        LogFailed(logger, request.Method.Method, resource, exceptionType, elapsed.TotalMilliseconds);
    }

    /// <summary>The path from <c>v1/</c> (or the token endpoint's last segment), with the person id replaced.</summary>
    internal static string Template(Uri? uri)
    {
        if (uri is null)
        {
            return "";
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.LastIndexOf(segments, "v1");
        var template = start < 0 ? segments : segments[start..];
        for (var i = 0; i < template.Length; i++)
        {
            if (i > 0 && template[i - 1] == "persons")
            {
                template[i] = "{personId}";
            }
            else if (!IsWord(template[i]))
            {
                // A dialect's paths are its own (api/clients/CS-0001/summary): any segment that is not a plain word
                // or a version may be an id, so none reaches a log line or a span.
                template[i] = "{id}";
            }
        }

        return string.Join('/', template);
    }

    // Lower-case letters and hyphens (case-notes), or a version (v2): the words of a path, never an id's shape.
    private static bool IsWord(string segment) =>
        segment.Length is > 0 and <= 40
        && (segment.All(c => c is (>= 'a' and <= 'z') or '-') || (segment.Length <= 3 && segment[0] == 'v' && segment[1..].All(char.IsAsciiDigit)));

    [LoggerMessage(EventId = 2201, Level = LogLevel.Debug, Message = "{Method} {Resource} answered {StatusCode} in {ElapsedMs} ms")]
    private static partial void LogAnswered(ILogger logger, string method, string resource, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Debug, Message = "{Method} {Resource} failed with {ExceptionType} after {ElapsedMs} ms")]
    private static partial void LogFailed(ILogger logger, string method, string resource, string exceptionType, double elapsedMs);
}
