using Microsoft.Extensions.Configuration;

namespace SocialCare.Application.Configuration;

/// <summary>
/// The configuration binder silently leaves out a list entry holding a value it cannot convert (<c>Enabled: yes</c>,
/// <c>AttemptTimeout: soon</c>), so a council or a region would vanish without a word. This reads each entry on its
/// own, so that validators can stop the host naming it.
/// </summary>
public static class ConfigurationEntries
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
            catch (InvalidOperationException)
            {
                // The binder's message repeats the value, which could be a secret typed into the wrong key.
                failure = $"{entry.Path} could not be read: one of its values has the wrong type (a time such as 00:00:01, a whole number, true or false). Check each key under it.";
            }

            if (failure is not null)
            {
                yield return failure;
            }
        }
    }
}
