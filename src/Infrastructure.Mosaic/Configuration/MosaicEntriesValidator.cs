using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>Stops the host when an entry of <c>SocialCare:LocalAuthorities</c> has a transport value that cannot be read (<see cref="ConfigurationEntries"/>).</summary>
internal sealed class MosaicEntriesValidator(IConfiguration configuration) : IValidateOptions<MosaicOptions>
{
    public ValidateOptionsResult Validate(string? name, MosaicOptions options)
    {
        var failures = ConfigurationEntries.Unreadable<MosaicAuthorityOptions>(
            configuration.GetSection(SocialCareOptions.SectionName).GetSection("LocalAuthorities")).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
