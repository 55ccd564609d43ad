using SocialCare.Infrastructure.Mosaic.Dialects.DataLinks;

namespace Microsoft.Extensions.DependencyInjection;

public static class SocialCareMosaicDataLinksServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DataLinksDialect"/>, for councils whose entry says
    /// <c>SocialCare:LocalAuthorities:[n]:Dialect = data-links</c>. Call after or before <c>AddSocialCareMosaic</c>.
    /// </summary>
    public static IServiceCollection AddSocialCareMosaicDataLinksDialect(this IServiceCollection services) =>
        services.AddSocialCareMosaicDialect<DataLinksDialect>();
}
