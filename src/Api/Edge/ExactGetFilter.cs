using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using SocialCare.Api.Answers;
using SocialCare.Api.Errors;

namespace SocialCare.Api.Edge;

/// <summary>
/// 405 <c>social-care.method-not-allowed</c> with <c>Allow: GET</c> unless the method is exactly <c>GET</c>, before
/// anything about the request is read. Methods are case-sensitive (RFC 9110 §9.1), but routing matches them ignoring
/// case, and so does <see cref="HttpMethods.IsGet"/>: <c>get</c> reaches the GET endpoints and is refused here, as is
/// every method that reaches the catch-all endpoints beside them (<see cref="OtherMethod"/>), <c>HEAD</c> included.
/// </summary>
internal sealed class ExactGetFilter(EdgeRequest edge, ErrorAnswers answers) : IEndpointFilter
{
    public static bool IsExactlyGet(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Equals(request.Method, HttpMethods.Get, StringComparison.Ordinal);
    }

    /// <summary>
    /// The handler of the catch-all endpoints, which exist so that SocialCare, not routing, answers their methods:
    /// this filter answers every request they match, so it never runs.
    /// </summary>
    public static IResult OtherMethod() => throw new UnreachableException("ExactGetFilter answers every method but exactly GET.");

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return IsExactlyGet(context.HttpContext.Request)
            ? next(context)
            : ValueTask.FromResult<object?>(answers.For(new MethodNotAllowedError(), edge));
    }
}
