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
internal sealed class JsonAnswer<T>(T value, JsonTypeInfo<T> type) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private const string ContentType = "application/json; charset=utf-8";

    public T Value { get; } = value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        return JsonSerializer.SerializeAsync(response.Body, Value, type, httpContext.RequestAborted);
    }
}
