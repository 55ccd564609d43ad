using Microsoft.AspNetCore.Http;
using SocialCare.Application.Errors;

namespace SocialCare.Api.Http;

/// <summary>Spec §2: the one place an outcome code becomes an HTTP status.</summary>
internal static class SocialCareStatus
{
    public static int For(string code) => code switch
    {
        SocialCareCodes.BadRequest => StatusCodes.Status400BadRequest,
        SocialCareCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
        SocialCareCodes.AccessDenied => StatusCodes.Status403Forbidden,
        SocialCareCodes.NotInPilot => StatusCodes.Status403Forbidden,
        SocialCareCodes.NotShared => StatusCodes.Status403Forbidden,
        SocialCareCodes.NotKnown => StatusCodes.Status404NotFound,
        SocialCareCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        SocialCareCodes.RecordMismatch => StatusCodes.Status409Conflict,
        SocialCareCodes.NoNhsNumber => StatusCodes.Status422UnprocessableEntity,
        SocialCareCodes.InvalidNhsNumber => StatusCodes.Status422UnprocessableEntity,
        SocialCareCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        SocialCareCodes.InternalError => StatusCodes.Status500InternalServerError,
        SocialCareCodes.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an outcome code."),
    };

    /// <summary>Every status the view and the page can answer, for the OpenAPI document.</summary>
    public static IReadOnlyList<int> OfView { get; } =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
        StatusCodes.Status404NotFound, StatusCodes.Status405MethodNotAllowed, StatusCodes.Status409Conflict,
        StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests,
        StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable,
    ];

    /// <summary>Every failure status the tab can answer: hidden is a 200, so never 403, 404, 409 or 422.</summary>
    public static IReadOnlyList<int> OfTab { get; } =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status405MethodNotAllowed,
        StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError,
        StatusCodes.Status503ServiceUnavailable,
    ];
}
