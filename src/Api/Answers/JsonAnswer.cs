using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace SocialCare.Api.Answers;

/// <summary>
/// A 200 whose body is <typeparamref name="T"/> as JSON, written with SocialCare's own source-generated type
/// information (<c>SocialCareJsonContext</c>), so that a host's <c>JsonOptions</c> cannot change the contract.
/// </summary>
internal sealed class JsonAnswer<T>(T value, JsonTypeInfo<T> type)
    : SocialCareAnswer(StatusCodes.Status200OK, "application/json; charset=utf-8", headers: null), IEndpointMetadataProvider
{
    public T Value { get; } = value;

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }

    protected override Task WriteBodyAsync(HttpResponse response, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(response.Body, Value, type, cancellationToken);
}
