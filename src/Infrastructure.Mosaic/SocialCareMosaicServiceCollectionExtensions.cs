using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Configuration;
using SocialCare.Infrastructure.Mosaic;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Dialects;
using SocialCare.Infrastructure.Mosaic.Health;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Telemetry;

namespace Microsoft.Extensions.DependencyInjection;

public static class SocialCareMosaicServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MosaicHttpGateway"/> as the default <see cref="IMosaicGateway"/> (unless one is registered
    /// already), with one named <see cref="HttpClient"/> per authority in <c>SocialCare:LocalAuthorities</c>: its
    /// credentials, resilience (spec §5) and response cap. Options are bound from section <c>SocialCare</c> and
    /// validated at start-up. Expects <c>AddSocialCareApplication</c>, whose deadline the timeouts must fit in.
    /// </summary>
    public static IServiceCollection AddSocialCareMosaic(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(s => s.ServiceType == typeof(MosaicTokenSources)))
        {
            return services;
        }

        services.AddOptions<MosaicOptions>()
            .Bind(configuration.GetSection(SocialCareOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MosaicOptions>, MosaicOptionsValidator>());
        services.AddSingleton<IValidateOptions<MosaicOptions>>(new MosaicEntriesValidator(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<MosaicCircuitStates>();
        services.TryAddSingleton<MosaicConcurrencyQueues>();
        services.TryAddSingleton<MosaicTelemetry>();
        services.TryAddSingleton<MosaicTokenSources>();
        services.TryAddSingleton<MosaicCertificates>();
        services.TryAddSingleton<IMosaicGateway, MosaicHttpGateway>();
        services.AddSocialCareMosaicDialect<StandardMosaicDialect>();
        services.TryAddSingleton<MosaicDialects>();
        services.AddSingleton<IValidateOptions<MosaicOptions>, MosaicDialectsValidator>();

        var registered = new HashSet<string>(AuthorityCodes(configuration), StringComparer.OrdinalIgnoreCase);
        foreach (var code in registered)
        {
            MosaicHttpClients.Add(services, code);
        }

        services.AddSingleton<IValidateOptions<MosaicOptions>>(new MosaicClientsValidator(registered));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ConcurrencyStartupLog>());
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TDialect"/>, a <see cref="MosaicDialect"/> that a council entry selects with
    /// <c>SocialCare:LocalAuthorities:[n]:Dialect</c> (its <see cref="MosaicDialect.Name"/>). Idempotent. The
    /// library does everything else for that council: credentials, resilience, budgets, paging, telemetry, health.
    /// </summary>
    public static IServiceCollection AddSocialCareMosaicDialect<TDialect>(this IServiceCollection services)
        where TDialect : MosaicDialect
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MosaicDialect, TDialect>());
        return services;
    }

    /// <summary>
    /// Adds one health check per enabled authority (a disabled one is never asked, so never makes the route unhealthy), tagged <see cref="MosaicHealthChecks.Tag"/> only, for a route
    /// of the host's own: <c>app.MapHealthChecks("/health/mosaic", new() { Predicate = c => c.Tags.Contains(MosaicHealthChecks.Tag) })</c>.
    /// A readiness route must filter these out (by its own tag): a council being down must not take the host out of service.
    /// </summary>
    public static IHealthChecksBuilder AddSocialCareMosaicHealthChecks(this IHealthChecksBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var code in AuthorityCodes(configuration, enabledOnly: true))
        {
            builder.Add(new HealthCheckRegistration(
                "social-care-mosaic-" + code,
                sp => ActivatorUtilities.CreateInstance<MosaicAuthorityHealthCheck>(sp, code),
                HealthStatus.Unhealthy,
                [MosaicHealthChecks.Tag]));
        }

        return builder;
    }

    private static IEnumerable<string> AuthorityCodes(IConfiguration configuration, bool enabledOnly = false) =>
        configuration.GetSection(SocialCareOptions.SectionName).GetSection("LocalAuthorities").GetChildren()
            .Where(entry => !enabledOnly || (bool.TryParse(entry["Enabled"], out var enabled) && enabled))
            .Select(entry => entry["Code"])
            .OfType<string>()
            .Where(code => code.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
