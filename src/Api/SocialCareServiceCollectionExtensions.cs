using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCare.Api.Configuration;
using SocialCare.Api.Endpoints;
using SocialCare.Api.Http;
using SocialCare.Api.Viewers;
using SocialCare.Application.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

public static class SocialCareServiceCollectionExtensions
{
    /// <summary>
    /// Adds SocialCare: the use cases, the Mosaic adapter and the endpoints' services, configured from section
    /// <c>SocialCare</c> and validated at start-up. The host supplies <c>IPatientDirectory</c> and
    /// <c>ISocialCareAuditSink</c>, and may replace <see cref="ISocialCareViewerResolver"/> (by default the
    /// authenticated user's subject). Then <c>app.MapSocialCare()</c> maps the routes. Calling it twice changes nothing.
    /// </summary>
    public static IServiceCollection AddSocialCare(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services
            .AddSocialCareApplication(configuration)
            .AddSocialCareMosaic(configuration);
        if (services.Any(d => d.ServiceType == typeof(SocialCareEndpointHandler)))
        {
            return services;
        }

        services.AddOptions<SocialCareApiOptions>()
            .Bind(configuration.GetSection(SocialCareOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SocialCareApiOptions>, SocialCareApiOptionsValidator>());
        services.TryAddSingleton<ISocialCareViewerResolver, AuthenticatedSubjectViewerResolver>();
        services.AddSingleton<SocialCareHeaders>();
        services.AddSingleton<SocialCareRateLimiter>();
        services.AddSingleton<SocialCareEndpointHandler>();
        return services;
    }
}
