using Microsoft.AspNetCore.Http;
using SocialCare.Api.Answers;
using SocialCare.Api.Errors;
using SocialCare.Api.Viewers;
using SocialCare.Domain.Viewers;

namespace SocialCare.Api.Edge;

/// <summary>
/// Spec §1 step 2 at the edge: the viewer, from the host's <see cref="ISocialCareViewerResolver"/>; none (or an id
/// that is not a <see cref="ViewerId"/>) is 401 <c>social-care.unauthenticated</c> with <c>WWW-Authenticate: Bearer</c>.
/// </summary>
internal sealed class ViewerFilter(EdgeRequest edge, ISocialCareViewerResolver viewers, ErrorAnswers answers) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var viewer = ViewerId.Create(await viewers.ResolveViewerIdAsync(context.HttpContext).ConfigureAwait(false));
        if (!viewer.IsValid)
        {
            return answers.For(new UnauthenticatedError(), edge);
        }

        edge.Admit(viewer.Value);
        return await next(context).ConfigureAwait(false);
    }
}
