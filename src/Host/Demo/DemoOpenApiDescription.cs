using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SocialCare.Host.Demo;

/// <summary>
/// The reference Host's words about its own document: what it is, its licence, and that <c>X-Demo-Viewer</c> is a
/// Development-only override of the bearer token, not a security scheme a client should use.
/// </summary>
internal sealed class DemoOpenApiDescription : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info ??= new OpenApiInfo();
        document.Info.Title = "SocialCare reference host";
        document.Info.Description =
            "A patient's social care record, read live from each local authority's Mosaic. Every operation takes the "
            + "host's bearer token; the viewer is its subject. This reference Host is a Development-only demo over its "
            + $"sandbox Mosaic: it also accepts an {DemoViewerResolver.HeaderName} header (or the start page's "
            + $"{DemoViewerResolver.CookieName} cookie) naming a demo viewer instead of a token. A production host has "
            + "no such override: it is not a security scheme.";
        document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
        return Task.CompletedTask;
    }
}
