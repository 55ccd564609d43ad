using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Audit;
using SocialCare.Infrastructure.Audit.Chain;
using SocialCare.Infrastructure.Audit.Configuration;
using SocialCare.Infrastructure.Audit.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The audit store's entry point: a durable, tamper-evident audit on SQLite or PostgreSQL (ADR 0007).</summary>
public static class SocialCareAuditServiceCollectionExtensions
{
    /// <summary>
    /// Adds the audit store as the <see cref="ISocialCareAuditSink"/> (replacing any registered before) and as the
    /// <see cref="ISocialCareAuditReader"/> of the patient's access history. Reads section <c>SocialCare:Audit</c>,
    /// validated at start-up: <c>Provider</c> (<c>Sqlite</c> or <c>PostgreSql</c>), <c>ConnectionString</c>,
    /// <c>Key</c> (the secret that seals the chain, at least 32 characters, from a secret store), <c>Retention</c>
    /// (for the purge command; default 8 years) and <c>CreateSchema</c> (create or migrate the schema at start-up;
    /// default false, when the operator runs <c>tools/Audit.Verify migrate</c>). Calling it twice changes nothing.
    /// </summary>
    public static IServiceCollection AddSocialCareAudit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(s => s.ServiceType == typeof(SqlAuditStore)))
        {
            return services;
        }

        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => Database(sp.GetRequiredService<IOptions<AuditOptions>>().Value));
        services.AddSingleton(sp => AuditKey.From(sp.GetRequiredService<IOptions<AuditOptions>>().Value.Key!));
        services.AddSingleton<AuditSchema>();
        services.AddSingleton<SqlAuditStore>();
        services.RemoveAll<ISocialCareAuditSink>();
        services.AddSingleton<ISocialCareAuditSink>(sp => sp.GetRequiredService<SqlAuditStore>());
        services.RemoveAll<ISocialCareAuditReader>();
        services.AddSingleton<ISocialCareAuditReader>(sp => sp.GetRequiredService<SqlAuditStore>());
        services.AddHostedService<AuditSchemaStartup>();
        return services;
    }

    private static AuditDatabase Database(AuditOptions options) =>
        AuditDatabase.Create(options.Provider!.Value, options.ConnectionString!);
}
