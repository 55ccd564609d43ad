using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// Takes every log line of the Host and the sandbox at every level and checks it as it is written: category, event,
/// the formatted message, every state value, every scope and the whole exception. Lines are counted, not kept, so a
/// long run does not grow the memory the test measures; a leaking line is kept by category and event only.
/// </summary>
internal sealed class LeakWatchingLoggerProvider(ForbiddenText forbidden) : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _leaks = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
    private long _lines;

    public long Lines => Interlocked.Read(ref _lines);

    /// <summary>Where each leaking line came from ("category event level"), without the line itself.</summary>
    public IReadOnlyCollection<string> Leaks => _leaks;

    public ILogger CreateLogger(string categoryName) => new Watcher(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    // Shared by the Host and the sandbox, each of which disposes its providers when it stops: nothing to release.
    public void Dispose()
    {
    }

    private void Check(string category, LogLevel level, EventId eventId, string text)
    {
        Interlocked.Increment(ref _lines);
        if (forbidden.IsIn(text))
        {
            _leaks.Enqueue($"{category} {eventId.Id} {level}");
        }
    }

    private sealed class Watcher(LeakWatchingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder();
            text.Append(category).Append(' ').Append(eventId.Name).Append(' ').Append(formatter(state, exception));
            AppendValues(text, state);
            provider._scopes.ForEachScope(
                static (scope, builder) =>
                {
                    builder.Append(" | ").Append(scope);
                    AppendValues(builder, scope);
                },
                text);
            text.Append(' ').Append(exception);
            provider.Check(category, logLevel, eventId, text.ToString());
        }

        private static void AppendValues(StringBuilder text, object? state)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    text.Append(' ').Append(key).Append('=').Append(value);
                }
            }
        }
    }
}
