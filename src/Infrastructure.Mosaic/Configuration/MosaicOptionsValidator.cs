using System.Globalization;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// Stops the host at start-up, naming the key, when an authority cannot be reached as configured: an enabled one
/// without an https base URL outside sandbox mode, or attempts whose timeouts together take the whole of the view's
/// deadline or more (which would leave no time for the directory, back-off or the answer). Disabled authorities may
/// have no URL.
/// </summary>
public sealed class MosaicOptionsValidator(IOptions<SocialCareOptions> socialCare) : IValidateOptions<MosaicOptions>
{
    private const string Section = SocialCareOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, MosaicOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var deadline = socialCare.Value.Deadline;
        var failures = new List<string>();

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add($"{Section}:MaxResponseBytes must be greater than zero.");
        }

        if (options.Sandbox.Port is < 1 or > 65535)
        {
            failures.Add($"{Section}:Sandbox:Port must be between 1 and 65535.");
        }

        for (var i = 0; i < options.LocalAuthorities.Count; i++)
        {
            ValidateAuthority(string.Create(CultureInfo.InvariantCulture, $"{Section}:LocalAuthorities:{i}"), options.LocalAuthorities[i], options.Sandbox.Enabled, deadline, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAuthority(string key, MosaicAuthorityOptions authority, bool sandbox, TimeSpan deadline, List<string> failures)
    {
        if (authority.Enabled && !sandbox)
        {
            if (authority.BaseUrl is null)
            {
                failures.Add($"{key}:BaseUrl is required: {authority.Code} is enabled (disable it, or give its Mosaic's https address).");
            }
            else if (!authority.BaseUrl.IsAbsoluteUri || authority.BaseUrl.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add($"{key}:BaseUrl must be an absolute https address outside sandbox mode.");
            }
        }

        if (authority.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{key}:AttemptTimeout must be greater than zero.");
        }

        if (authority.Retries < 0)
        {
            failures.Add($"{key}:Retries cannot be negative.");
        }
        else if (authority.AttemptTimeout * (authority.Retries + 1) >= deadline)
        {
            failures.Add(
                $"{key}:AttemptTimeout ({authority.AttemptTimeout}) times {authority.Retries + 1} attempts does not fit inside " +
                $"{Section}:Deadline ({deadline}); shorten the attempts, retry less or lengthen the deadline.");
        }

        if (authority.MaxConcurrency < 1)
        {
            failures.Add($"{key}:MaxConcurrency must be at least 1.");
        }
    }
}
