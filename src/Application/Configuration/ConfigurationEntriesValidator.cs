using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SocialCare.Application.Configuration;

/// <summary>Stops the host when an entry of <c>SocialCare:Regions</c> or <c>SocialCare:LocalAuthorities</c> cannot be read (<see cref="ConfigurationEntries"/>).</summary>
internal sealed class ConfigurationEntriesValidator(IConfiguration configuration) : IValidateOptions<SocialCareOptions>
{
    public ValidateOptionsResult Validate(string? name, SocialCareOptions options)
    {
        var section = configuration.GetSection(SocialCareOptions.SectionName);
        var failures = ConfigurationEntries.Unreadable<RegionOptions>(section.GetSection("Regions"))
            .Concat(ConfigurationEntries.Unreadable<LocalAuthorityOptions>(section.GetSection("LocalAuthorities")))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
