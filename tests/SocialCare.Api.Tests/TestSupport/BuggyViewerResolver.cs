using Microsoft.AspNetCore.Http;
using SocialCare.Api.Viewers;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.TestSupport;

/// <summary>
/// The Host's viewer seam with a bug planted for one viewer: it throws inside SocialCare's endpoint, with a message
/// that names an NHS number and a patient as a real exception's might, to show neither reaches the response.
/// </summary>
internal sealed class BuggyViewerResolver(ISocialCareViewerResolver inner) : ISocialCareViewerResolver
{
    public const string Viewer = "test-bug";

    public ValueTask<string?> ResolveViewerIdAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Headers[Demo.ViewerHeader] == Viewer
            ? throw new InvalidOperationException($"Planted bug: NHS number 9990000018 of {Demo.Full}")
            : inner.ResolveViewerIdAsync(context);
    }
}
