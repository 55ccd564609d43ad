namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// Where one authority's Mosaic and token endpoint are: the configured addresses, or in sandbox mode the sandbox's
/// (one server, a path prefix per authority) when none is configured.
/// </summary>
public static class MosaicEndpoints
{
    public const string TokenPath = "oauth/token";

    /// <summary>The base URL with a trailing slash, so that relative paths such as <c>v1/persons</c> append to it.</summary>
    public static Uri? BaseUrl(MosaicOptions options, MosaicAuthorityOptions authority)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(authority);
        var configured = authority.BaseUrl ?? (options.Sandbox.Enabled ? new Uri(SandboxRoot(options.Sandbox), authority.Code + "/") : null);
        return configured is null ? null : WithTrailingSlash(configured);
    }

    public static Uri? TokenUrl(MosaicOptions options, MosaicAuthorityOptions authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        if (authority.Auth.TokenUrl is { } tokenUrl)
        {
            return tokenUrl;
        }

        return options.Sandbox.Enabled && BaseUrl(options, authority) is { } baseUrl ? new Uri(baseUrl, TokenPath) : null;
    }

    private static Uri SandboxRoot(MosaicSandboxOptions sandbox) =>
        WithTrailingSlash(sandbox.Url ?? new Uri($"http://127.0.0.1:{sandbox.Port}/"));

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
