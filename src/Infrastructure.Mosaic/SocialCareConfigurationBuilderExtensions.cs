using SocialCare.Infrastructure.Mosaic.Configuration;

namespace Microsoft.Extensions.Configuration;

/// <summary>The configuration that ships inside the library.</summary>
public static class SocialCareConfigurationBuilderExtensions
{
    /// <summary>
    /// Adds the pilot's region, North West London, and its eight boroughs (spec §5), every borough disabled and
    /// without a URL, from inside this package: no file to copy. The source goes <b>first</b>, below every source
    /// the host already has or adds later, so that appsettings, the environment and the command line enable and point
    /// each borough by index (<c>SocialCare:LocalAuthorities:3:Enabled</c>, <c>…:3:BaseUrl</c>). Adding it twice adds
    /// it once.
    /// </summary>
    /// <param name="configuration">The host's configuration, for example <c>builder.Configuration</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IConfigurationBuilder AddSocialCareNorthWestLondon(this IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.Sources.OfType<NorthWestLondonConfigurationSource>().Any())
        {
            configuration.Sources.Insert(0, new NorthWestLondonConfigurationSource());
        }

        return configuration;
    }
}
