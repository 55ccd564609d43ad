using Microsoft.Extensions.Logging;

namespace SocialCare.Mosaic.Check;

/// <summary>Writes log lines to the tool's error writer, redacted; the level is filtered by the logging builder.</summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer, Redactor redactor) : ILoggerProvider
{
    private readonly Lock _lock = new();

    public ILogger CreateLogger(string categoryName) => new TextWriterLogger(categoryName, Write);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_lock)
        {
            writer.WriteLine(redactor.Redact(line));
        }
    }
}
