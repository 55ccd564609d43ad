using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// What the library itself recorded of its calls to Mosaic: its per-attempt log events (docs/architecture.md, "Log
/// events"), 2201 for an attempt Mosaic answered and 2202 for one that failed without an answer (an attempt that timed
/// out, a connection that broke), written by each authority's clients under
/// <c>System.Net.Http.HttpClient.{client}.ClientHandler</c>. Running counts by authority and kind of call, so that the
/// run can set the sandbox's counts beside them: a call the sandbox received is explained when the library recorded
/// making it.
/// </summary>
internal sealed class AttemptLog : ILoggerProvider
{
    private const int Answered = 2201;
    private const int Failed = 2202;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, RecordedAttempts> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Authority, bool Token)> _categories = new(StringComparer.Ordinal);

    public AttemptLog()
    {
        foreach (var (code, _) in Boroughs.All)
        {
            _categories[Category(MosaicClientNames.Resources(code))] = (code, false);
            _categories[Category(MosaicClientNames.Token(code))] = (code, true);
        }
    }

    /// <summary>Every attempt recorded so far, by authority.</summary>
    public IReadOnlyDictionary<string, RecordedAttempts> Snapshot()
    {
        lock (_lock)
        {
            return new Dictionary<string, RecordedAttempts>(_counts, StringComparer.Ordinal);
        }
    }

    public ILogger CreateLogger(string categoryName) =>
        _categories.TryGetValue(categoryName, out var client) ? new Recorder(this, client.Authority, client.Token) : NullLogger.Instance;

    // Nothing to release: the counts are the run's.
    public void Dispose()
    {
    }

    private static string Category(string clientName) => "System.Net.Http.HttpClient." + clientName + ".ClientHandler";

    private void Record(string authority, AuthorityCalls call, bool failed)
    {
        lock (_lock)
        {
            var counts = _counts.GetValueOrDefault(authority, RecordedAttempts.None);
            _counts[authority] = counts with
            {
                All = counts.All.Add(call),
                Failed = failed ? counts.Failed.Add(call) : counts.Failed,
            };
        }
    }

    /// <summary>The kind of call a resource template names, as <see cref="SandboxCalls"/> sorts the sandbox's.</summary>
    private static AuthorityCalls Kind(string? resource, bool token) => (token, resource) switch
    {
        (true, _) => new(0, 0, 1, 0),
        (false, "v1/persons") => new(1, 0, 0, 0),
        (false, { } list) when list.StartsWith("v1/persons/", StringComparison.Ordinal) => new(0, 1, 0, 0),
        _ => new(0, 0, 0, 1),
    };

    private sealed class Recorder(AttemptLog log, string authority, bool token) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id is not (Answered or Failed))
            {
                return;
            }

            var resource = state is IEnumerable<KeyValuePair<string, object?>> values
                ? values.FirstOrDefault(v => v.Key == "Resource").Value as string
                : null;
            log.Record(authority, Kind(resource, token), failed: eventId.Id == Failed);
        }
    }
}
