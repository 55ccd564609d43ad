using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// What the library itself recorded of its calls to Mosaic, from its log events (docs/architecture.md, "Log events"):
/// per attempt, 2201 for one Mosaic answered and 2202 for one that failed without an answer (it timed out, its view's
/// deadline cut it, its connection broke), written by each authority's clients under
/// <c>System.Net.Http.HttpClient.{client}.ClientHandler</c>; per view and authority, 1102 when the view gave the
/// authority up, with the reason (Timeout, Deadline, CircuitOpen, ...); and 2101 when a token was obtained. Counted by
/// authority and kind of call, so that the run can set the sandbox's counts and the views' answers beside them: a call
/// the sandbox received is explained when the library recorded making it, and a healthy authority missing from a view
/// when the library recorded giving it up (<see cref="SlowViews"/>).
/// <para>
/// Counts are kept by span of the run (<see cref="RunSpans"/>), and an attempt counts in the span it began in (its
/// event's time less the time it took), however late its event comes: an attempt a view abandoned at its deadline
/// ends, and is logged, only once its cancellation has run, which on a starved machine can be after the window closed.
/// </para>
/// </summary>
internal sealed class AttemptLog : ILoggerProvider
{
    private const int Answered = 2201;
    private const int Failed = 2202;
    private const int GaveUp = 1102;
    private const int TokenObtained = 2101;
    private const string TokenSource = "SocialCare.Infrastructure.Mosaic.Http.ClientCredentialsTokenSource";
    private static readonly string FanOut = typeof(SocialCare.Application.Viewing.GetSocialCare.AuthorityFanOut).FullName!;

    private readonly Lock _lock = new();
    private readonly List<(long Start, int Span)> _spans = [(long.MinValue, RunSpans.WarmUp)];
    private readonly Dictionary<(int Span, string Authority), RecordedAttempts> _counts = [];
    private readonly Dictionary<string, (string Authority, bool Token)> _categories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tokens = new(StringComparer.Ordinal);

    public AttemptLog()
    {
        foreach (var (code, _) in Boroughs.All)
        {
            _categories[Category(MosaicClientNames.Resources(code))] = (code, false);
            _categories[Category(MosaicClientNames.Token(code))] = (code, true);
        }
    }

    /// <summary>From now on, what begins counts in <paramref name="span"/>.</summary>
    public void Begin(int span)
    {
        lock (_lock)
        {
            _spans.Add((Stopwatch.GetTimestamp(), span));
        }
    }

    /// <summary>What began in the given spans, by authority, as recorded so far.</summary>
    public IReadOnlyDictionary<string, RecordedAttempts> In(params int[] spans)
    {
        lock (_lock)
        {
            return _counts
                .Where(c => spans.Contains(c.Key.Span))
                .GroupBy(c => c.Key.Authority, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(c => c.Value).Aggregate(RecordedAttempts.None, (sum, next) => sum.Add(next)), StringComparer.Ordinal);
        }
    }

    /// <summary>Whether a token has been obtained for the authority since the run began.</summary>
    public bool HasToken(string authority)
    {
        lock (_lock)
        {
            return _tokens.Contains(authority);
        }
    }

    public ILogger CreateLogger(string categoryName) =>
        categoryName == FanOut ? new Recorder(RecordGiveUp)
        : categoryName == TokenSource ? new Recorder(RecordToken)
        : _categories.TryGetValue(categoryName, out var client) ? new Recorder((state, eventId) => RecordAttempt(state, eventId, client.Authority, client.Token))
        : NullLogger.Instance;

    // Nothing to release: the counts are the run's.
    public void Dispose()
    {
    }

    private static string Category(string clientName) => "System.Net.Http.HttpClient." + clientName + ".ClientHandler";

    private static object? Value(IEnumerable<KeyValuePair<string, object?>> state, string name) => state.FirstOrDefault(v => v.Key == name).Value;

    /// <summary>The kind of call a resource template names, as <see cref="SandboxCalls"/> sorts the sandbox's.</summary>
    private static AuthorityCalls Kind(string? resource, bool token) => (token, resource) switch
    {
        (true, _) => new(0, 0, 1, 0),
        (false, "v1/persons") => new(1, 0, 0, 0),
        (false, { } list) when list.StartsWith("v1/persons/", StringComparison.Ordinal) => new(0, 1, 0, 0),
        _ => new(0, 0, 0, 1),
    };

    private void RecordAttempt(IEnumerable<KeyValuePair<string, object?>> state, EventId eventId, string authority, bool token)
    {
        if (eventId.Id is not (Answered or Failed))
        {
            return;
        }

        var took = Value(state, "ElapsedMs") is double milliseconds ? (long)(milliseconds * Stopwatch.Frequency / 1000) : 0;
        var call = Kind(Value(state, "Resource") as string, token);
        var failed = eventId.Id == Failed;
        Record(Stopwatch.GetTimestamp() - took, authority, counts => counts with
        {
            All = counts.All.Add(call),
            Failed = failed ? counts.Failed.Add(call) : counts.Failed,
        });
    }

    /// <summary>A view gave an authority up: for time (its attempts', or the view's), or on an open circuit.</summary>
    private void RecordGiveUp(IEnumerable<KeyValuePair<string, object?>> state, EventId eventId)
    {
        if (eventId.Id != GaveUp || Value(state, "AuthorityCode") is not string authority)
        {
            return;
        }

        switch (Value(state, "Reason")?.ToString())
        {
            case "Timeout" or "Deadline":
                Record(Stopwatch.GetTimestamp(), authority, counts => counts with { GaveUpForTime = counts.GaveUpForTime + 1 });
                break;
            case "CircuitOpen":
                Record(Stopwatch.GetTimestamp(), authority, counts => counts with { GaveUpOnOpenCircuit = counts.GaveUpOnOpenCircuit + 1 });
                break;
        }
    }

    private void RecordToken(IEnumerable<KeyValuePair<string, object?>> state, EventId eventId)
    {
        if (eventId.Id == TokenObtained && Value(state, "AuthorityCode") is string authority)
        {
            lock (_lock)
            {
                _tokens.Add(authority);
            }
        }
    }

    private void Record(long began, string authority, Func<RecordedAttempts, RecordedAttempts> change)
    {
        lock (_lock)
        {
            var span = _spans.FindLast(s => s.Start <= began).Span;
            _counts[(span, authority)] = change(_counts.GetValueOrDefault((span, authority), RecordedAttempts.None));
        }
    }

    private sealed class Recorder(Action<IEnumerable<KeyValuePair<string, object?>>, EventId> record) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                record(values, eventId);
            }
        }
    }
}
