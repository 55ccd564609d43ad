namespace SocialCare.Mosaic.Check;

/// <summary>
/// The last guard before a line is written: replaces every known secret and the test NHS number's digits with
/// <c>***</c>. The check's own lines never hold them; this catches an exception or a log line that might.
/// </summary>
internal sealed class Redactor
{
    // Shorter values would blank out ordinary words; no real secret is this short.
    private const int MinimumLength = 4;
    private readonly List<string> _secrets = [];
    private readonly Lock _lock = new();

    public void Add(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Trim().Length < MinimumLength)
        {
            return;
        }

        lock (_lock)
        {
            if (!_secrets.Contains(secret, StringComparer.Ordinal))
            {
                _secrets.Add(secret);

                // Longest first, so that a secret containing another is replaced whole.
                _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
            }
        }
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_lock)
        {
            foreach (var secret in _secrets)
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
