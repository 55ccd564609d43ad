using System.Globalization;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Infrastructure.Mosaic.Dialects;

namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// Stops the host at start-up, naming the key, when an enabled authority names a dialect no one registered, when two
/// dialects share a name, or when a dialect's person search could put the NHS number anywhere but a header of its
/// own: its path must be relative (the number is never given to a dialect, so it cannot be in the path or query),
/// and its header a field name that is not one HTTP or the library already uses.
/// </summary>
internal sealed class MosaicDialectsValidator(MosaicDialects dialects) : IValidateOptions<MosaicOptions>
{
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Cookie", "Host", "Content-Length", "Content-Type", "Transfer-Encoding", "Connection", "Referer",
        "User-Agent", "Accept", "Traceparent", "Tracestate", "Baggage", "Proxy-Authorization", "Forwarded",
    };

    public ValidateOptionsResult Validate(string? name, MosaicOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var duplicate in dialects.All.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            failures.Add($"Two Mosaic dialects are registered as '{duplicate.Key}': {string.Join(", ", duplicate.Select(d => d.GetType().Name))}.");
        }

        foreach (var dialect in dialects.All)
        {
            failures.AddRange(PersonSearchFailures(dialect));
        }

        for (var i = 0; i < options.LocalAuthorities.Count; i++)
        {
            var entry = options.LocalAuthorities[i];
            if (entry.Enabled && dialects.For(entry) is null)
            {
                failures.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{SocialCareOptions.SectionName}:LocalAuthorities:{i}:Dialect names '{MosaicDialects.NameOf(entry)}', which is not registered (registered: {string.Join(", ", dialects.All.Select(d => d.Name))}): add its package and call services.AddSocialCareMosaicDialect<T>()."));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> PersonSearchFailures(MosaicDialect dialect)
    {
        var search = dialect.PersonSearch;
        if (search?.Path is null || search.Path.IsAbsoluteUri || search.Path.OriginalString.StartsWith("//", StringComparison.Ordinal))
        {
            yield return $"Mosaic dialect '{dialect.Name}': PersonSearch.Path must be a path relative to the council's base URL.";
        }

        var header = search?.NhsNumberHeader;
        if (string.IsNullOrEmpty(header) || !header.All(IsTokenChar) || ReservedHeaders.Contains(header))
        {
            yield return $"Mosaic dialect '{dialect.Name}': PersonSearch.NhsNumberHeader must be a header field name of the dialect's own (not a standard or reserved one): the NHS number is sent only there.";
        }
    }

    // RFC 9110 §5.6.2 tchar.
    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);
}
