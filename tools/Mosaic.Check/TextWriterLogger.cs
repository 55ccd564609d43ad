using Microsoft.Extensions.Logging;

namespace SocialCare.Mosaic.Check;

/// <summary>One category's logger of <see cref="TextWriterLoggerProvider"/>: level, category, message, exception type.</summary>
internal sealed class TextWriterLogger(string category, Action<string> write) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var line = $"{logLevel.ToString().ToLowerInvariant()}: {category}: {formatter(state, exception)}";
        write(exception is null ? line : line + " (" + exception.GetType().Name + ")");
    }
}
