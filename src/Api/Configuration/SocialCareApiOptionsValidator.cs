using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SocialCare.Api.Configuration;

/// <summary>Stops the host at start-up, naming the key, when the API's options cannot work.</summary>
public sealed partial class SocialCareApiOptionsValidator : IValidateOptions<SocialCareApiOptions>
{
    public ValidateOptionsResult Validate(string? name, SocialCareApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.RateLimit.PermitsPerMinute is < 1 or > RateLimitOptions.MaxPermitsPerMinute)
        {
            failures.Add($"SocialCare:RateLimit:PermitsPerMinute must be between 1 and {RateLimitOptions.MaxPermitsPerMinute}.");
        }

        for (var i = 0; i < options.FrameAncestors.Count; i++)
        {
            // A source that breaks out of the directive (';', ',', spaces) would let it rewrite the whole policy.
            if (!FrameAncestorSource().IsMatch(options.FrameAncestors[i] ?? ""))
            {
                failures.Add($"SocialCare:FrameAncestors:{i} is not a frame-ancestors source such as 'self' or https://pkb.example.org.");
            }
        }

        if (options.FrameAncestors.Count > 1 && options.FrameAncestors.Contains("'none'"))
        {
            failures.Add("SocialCare:FrameAncestors: 'none' must be the only source.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(
        @"^('self'|'none'|https?:|(https?://)?(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:([0-9]{1,5}|\*))?)$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex FrameAncestorSource();
}
