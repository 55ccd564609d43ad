using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SocialCare.Api.Configuration;

namespace SocialCare.Api.Viewers;

/// <summary>
/// The default viewer seam: the <c>sub</c> claim (or, as JWT bearer maps it by default, the name identifier) of the
/// user that the host's authentication set, or of <see cref="SocialCareApiOptions.AuthenticationScheme"/> when one
/// is configured.
/// </summary>
public sealed class AuthenticatedSubjectViewerResolver(IOptions<SocialCareApiOptions> options) : ISocialCareViewerResolver
{
    private const string SubjectClaim = "sub";

    public async ValueTask<string?> ResolveViewerIdAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (options.Value.AuthenticationScheme is { } scheme)
        {
            var result = await context.AuthenticateAsync(scheme).ConfigureAwait(false);
            user = result.Succeeded ? result.Principal : new ClaimsPrincipal();
        }

        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        return user.FindFirst(SubjectClaim)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
    }
}
