using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SocialCare.Api.Edge;

namespace SocialCare.Api.OpenApi;

/// <summary>
/// What SocialCare adds to the host's OpenAPI documents (every document the host's <c>AddOpenApi</c> makes): the
/// bearer scheme its default viewer resolver reads, declared on each of SocialCare's operations, so that a client
/// generator knows to send a token; and servers without a trailing slash, since every path begins with one. A host
/// that replaces the viewer resolver with another scheme replaces this declaration in its own transformer.
/// </summary>
internal sealed class SocialCareOpenApiTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes.TryAdd(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The host's own authentication: SocialCare's viewer is the token's subject. Without a token SocialCare answers 401.",
        });
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name == SocialCareEndpointRouteBuilderExtensions.Tag && string.IsNullOrEmpty(tag.Description))
            {
                tag.Description = "A patient's social care record, read live from Mosaic: the record, the tab, the page and the patient's access history.";
            }
        }

        foreach (var server in document.Servers ?? [])
        {
            if (server.Url is { Length: > 1 } url && url.EndsWith('/'))
            {
                server.Url = url.TrimEnd('/');
            }
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<EdgeRoute>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }
}
