using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Infrastructure.Mosaic.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

public static class DependencyInjection
{
    /// <summary>
    /// Adds the Mosaic adapter's configuration, bound from section <c>SocialCare</c> and validated at start-up
    /// (spec §5). Expects <c>AddSocialCareApplication</c>, whose deadline the timeouts must fit in.
    /// </summary>
    public static IServiceCollection AddSocialCareMosaic(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<MosaicOptions>()
            .Bind(configuration.GetSection(SocialCareOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MosaicOptions>, MosaicOptionsValidator>());
        return services;
    }
}
