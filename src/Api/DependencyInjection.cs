using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

public static class DependencyInjection
{
    /// <summary>
    /// Adds SocialCare: the use cases and the Mosaic adapter, configured from section <c>SocialCare</c> and validated
    /// at start-up. The host supplies <c>IPatientDirectory</c> and <c>ISocialCareAuditSink</c>.
    /// </summary>
    public static IServiceCollection AddSocialCare(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddSocialCareApplication(configuration)
            .AddSocialCareMosaic(configuration);
}
