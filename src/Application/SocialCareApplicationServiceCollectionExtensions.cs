using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCare.Application;
using SocialCare.Application.Abstractions;
using SocialCare.Application.AccessHistory.GetAccessHistory;
using SocialCare.Application.Auditing;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;
using SocialCare.Application.Policies;
using SocialCare.Application.Telemetry;
using SocialCare.Application.Viewing.Admission;
using SocialCare.Application.Viewing.Deadline;
using SocialCare.Application.Viewing.GetSocialCare;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Application's entry point: <c>AddSocialCareApplication</c>.</summary>
public static class SocialCareApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the use cases, their policies and this library's own mediator (resolve its <see cref="ISender"/> under
    /// <see cref="SocialCareMediator.ServiceKey"/>), and binds and validates section <c>SocialCare</c> at start-up.
    /// The host supplies <see cref="IPatientDirectory"/>, <see cref="ISocialCareAuditSink"/>, <see cref="ISocialCareAuditReader"/>
    /// and a default <see cref="IMosaicGateway"/>; it may replace <see cref="ILocalAuthorityRegistry"/>, <see cref="TimeProvider"/>
    /// and <see cref="ISocialCareViewerNames"/> (by default nobody is named: the access history names viewers by relationship).
    /// Calling it twice changes nothing.
    /// </summary>
    public static IServiceCollection AddSocialCareApplication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(UserMessageCatalogue)))
        {
            return services;
        }

        services.AddOptions<SocialCareOptions>()
            .Bind(configuration.GetSection(SocialCareOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SocialCareOptions>, SocialCareOptionsValidator>());
        services.AddSingleton<IValidateOptions<SocialCareOptions>>(new ConfigurationEntriesValidator(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILocalAuthorityRegistry, ConfiguredLocalAuthorityRegistry>();
        services.AddSingleton<UserMessageCatalogue>();
        services.TryAddSingleton<ISocialCareViewerNames, NoViewerNames>();
        services.TryAddSingleton<SocialCareTelemetry>();

        // The generator registers the handlers itself. The audit is part of each use case (AttemptAudit), not a
        // pipeline behaviour: it needs the attempt the use case passes it.
        var beforeMediator = services.Count;
        services.AddMediator((MediatorOptions options) =>
        {
            options.Namespace = "SocialCare.Application.Mediation";
            options.GenerateTypesAsInternal = true;
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(GetSocialCareQuery)];
        });
        ReturnSharedMediatorServices(services, beforeMediator);
        services.AddKeyedScoped<ISender>(
            SocialCareMediator.ServiceKey,
            static (provider, _) => provider.GetRequiredService<SocialCare.Application.Mediation.Mediator>());

        // The services of the use cases, by scanning for their mark ([UseCaseService]): internal types, so visibility
        // cannot choose them, and never the handlers (the generator above has registered them). Scoped, like the
        // handlers: a host's directory may be scoped.
        services.Scan(scan => scan
            .FromAssemblyOf<UseCaseServiceAttribute>()
            .AddClasses(classes => classes.WithAttribute<UseCaseServiceAttribute>(), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime());

        return services;
    }

    // The generated AddMediator also claims the unkeyed IMediator, ISender, IPublisher and INotificationPublisher when
    // nothing holds them yet. Giving them back lets a host's own mediator have them, whichever it registers first.
    private static void ReturnSharedMediatorServices(IServiceCollection services, int addedFrom)
    {
        Type[] shared = [typeof(IMediator), typeof(ISender), typeof(IPublisher), typeof(INotificationPublisher)];
        for (var i = services.Count - 1; i >= addedFrom; i--)
        {
            if (!services[i].IsKeyedService && shared.Contains(services[i].ServiceType))
            {
                services.RemoveAt(i);
            }
        }
    }
}
