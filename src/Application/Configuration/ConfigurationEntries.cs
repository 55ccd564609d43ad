using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace SocialCare.Application.Configuration;

/// <summary>
/// The configuration binder silently leaves out a list entry holding a value it cannot convert (<c>Enabled: yes</c>,
/// <c>AttemptTimeout: soon</c>), so a council or a region would vanish without a word. This reads each entry on its
/// own, so that validators can stop the host naming it.
/// </summary>
public static partial class ConfigurationEntries
{
    /// <summary>The failure for every entry of <paramref name="list"/> that does not bind to <typeparamref name="T"/>.</summary>
    public static IEnumerable<string> Unreadable<T>(IConfigurationSection list)
        where T : new()
    {
        ArgumentNullException.ThrowIfNull(list);
        foreach (var entry in list.GetChildren())
        {
            string? failure = null;
            try
            {
                entry.Get<T>();
            }
            catch (InvalidOperationException exception)
            {
                // The binder's message repeats the value, which could be a secret typed into the wrong key: only its key is kept.
                var key = KeyIn(exception.Message) ?? entry.Path;
                failure = $"{key} could not be read: the value has the wrong type (a time such as 00:00:01, a whole number, true or false).";
            }

            if (failure is not null)
            {
                yield return failure;
            }
        }
    }

    private static string? KeyIn(string message) => BinderKey().Match(message) is { Success: true } match ? match.Groups["key"].Value : null;

    // "Failed to convert configuration value '…' at 'SocialCare:LocalAuthorities:0:AttemptTimeout' to type '…'."
    [GeneratedRegex(@" at '(?<key>[A-Za-z0-9:_.\-]+)' to type", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex BinderKey();
}
