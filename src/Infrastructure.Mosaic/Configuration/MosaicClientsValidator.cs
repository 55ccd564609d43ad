using System.Globalization;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// Each authority's clients are registered from the configuration <c>AddSocialCareMosaic</c> was given; an authority
/// that reached the options some other way (a source added later, <c>Configure&lt;MosaicOptions&gt;</c>) would have
/// no client of its own, and every view would find it unavailable. This stops the host instead, naming it.
/// </summary>
internal sealed class MosaicClientsValidator(IReadOnlySet<string> registered) : IValidateOptions<MosaicOptions>
{
    public ValidateOptionsResult Validate(string? name, MosaicOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.LocalAuthorities
            .Select((authority, index) => (authority, index))
            .Where(entry => entry.authority.Enabled && !registered.Contains(entry.authority.Code))
            .Select(entry => string.Create(
                CultureInfo.InvariantCulture,
                $"{SocialCareOptions.SectionName}:LocalAuthorities:{entry.index} ({entry.authority.Code}) has no HTTP client: it was not in the configuration given to AddSocialCareMosaic. Add every configuration source before calling it."))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
