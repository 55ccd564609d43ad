using SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary;

namespace Microsoft.Extensions.DependencyInjection;

public static class SocialCareMosaicClientSummaryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ClientSummaryDialect"/>, for councils whose entry says
    /// <c>SocialCare:LocalAuthorities:[n]:Dialect = client-summary</c>. Call after or before <c>AddSocialCareMosaic</c>.
    /// </summary>
    public static IServiceCollection AddSocialCareMosaicClientSummaryDialect(this IServiceCollection services) =>
        services.AddSocialCareMosaicDialect<ClientSummaryDialect>();
}
