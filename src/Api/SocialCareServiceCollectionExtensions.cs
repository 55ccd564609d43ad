using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCare.Api.Answers;
using SocialCare.Api.Configuration;
using SocialCare.Api.Edge;
using SocialCare.Api.Http;
using SocialCare.Api.OpenApi;
using SocialCare.Api.Viewers;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

public static class SocialCareServiceCollectionExtensions
{
    /// <summary>
    /// Adds SocialCare: the use cases, the Mosaic adapter and the endpoints' services, configured from section
    /// <c>SocialCare</c> and validated at start-up. The host supplies <c>IPatientDirectory</c> and
    /// <c>ISocialCareAuditSink</c>, and may replace <see cref="ISocialCareViewerResolver"/> (by default the
    /// authenticated user's subject) and the per-viewer rate limiter (<see cref="ViewerRateLimiting"/>; by default a
    /// token bucket per viewer in memory). Then <c>app.MapSocialCare()</c> maps the routes. Calling it twice changes
    /// nothing.
    /// </summary>
    public static IServiceCollection AddSocialCare(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services
            .AddSocialCareApplication(configuration)
            .AddSocialCareMosaic(configuration);
        if (services.Any(d => d.ServiceType == typeof(ErrorAnswers)))
        {
            return services;
        }

        services.AddOptions<SocialCareApiOptions>()
            .Bind(configuration.GetSection(SocialCareOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SocialCareApiOptions>, SocialCareApiOptionsValidator>());
        services.TryAddSingleton<ISocialCareViewerResolver, AuthenticatedSubjectViewerResolver>();
        services.TryAddKeyedSingleton(
            ViewerRateLimiting.ServiceKey,
            (provider, _) => InMemoryViewerRateLimiter.Create(provider.GetRequiredService<IOptions<SocialCareApiOptions>>().Value.RateLimit));
        services.AddSingleton<SocialCareHeaders>();
        services.AddSingleton<ErrorAnswers>();
        services.AddSingleton<EdgeTelemetry>();
        services.AddScoped<EdgeRequest>();
        // The host's OpenAPI documents, if it makes any, declare the bearer scheme on SocialCare's operations.
        services.ConfigureAll<OpenApiOptions>(options => options
            .AddDocumentTransformer<SocialCareOpenApiTransformer>()
            .AddOperationTransformer<SocialCareOpenApiTransformer>());
        return services;
    }
}
