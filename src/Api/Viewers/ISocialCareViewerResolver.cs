using Microsoft.AspNetCore.Http;

namespace SocialCare.Api.Viewers;

/// <summary>
/// The one seam through which SocialCare's endpoints learn who is asking. The default,
/// <see cref="AuthenticatedSubjectViewerResolver"/>, reads the subject of the authenticated user. A host with
/// another notion of its users registers its own implementation after <c>AddSocialCare</c> (the last registration
/// wins). What the viewer may see comes only from the host's <c>IPatientDirectory</c>, never from this id.
/// </summary>
public interface ISocialCareViewerResolver
{
    /// <summary>
    /// The viewer's id (opaque to SocialCare, at most 256 characters, no control characters), or null when the
    /// request is not authenticated: the endpoints then answer <c>social-care.unauthenticated</c> (401) themselves.
    /// </summary>
    ValueTask<string?> ResolveViewerIdAsync(HttpContext context);
}
