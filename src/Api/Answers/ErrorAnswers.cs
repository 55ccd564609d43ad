using System.Globalization;
using FluentResults;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SocialCare.Api.Contracts;
using SocialCare.Api.Edge;
using SocialCare.Api.Errors;
using SocialCare.Api.Page;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;

namespace SocialCare.Api.Answers;

/// <summary>
/// The one place a SocialCare error becomes an answer: its status (spec §2), its words for the viewer
/// (<see cref="UserMessageCatalogue"/>), the headers it needs, and its form: a <see cref="SocialCareProblem"/> on the
/// API, a message page on the page. The trace id is quoted in every problem, and on the page wherever the message
/// sends the reader to support.
/// </summary>
internal sealed class ErrorAnswers(UserMessageCatalogue messages, IOptions<SocialCareOptions> options)
{
    // Long enough for a council's circuit to have a chance to close (its break is 15 s by default).
    private static readonly TimeSpan UnavailableRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>Every status the record and the page can answer, for the OpenAPI document.</summary>
    public static IReadOnlyList<int> ViewStatuses { get; } =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
        StatusCodes.Status404NotFound, StatusCodes.Status405MethodNotAllowed, StatusCodes.Status409Conflict,
        StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests,
        StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable,
    ];

    /// <summary>Every failure status the tab can answer: hidden is a 200, so never 403, 404, 409 or 422.</summary>
    public static IReadOnlyList<int> TabStatuses { get; } =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status405MethodNotAllowed,
        StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError,
        StatusCodes.Status503ServiceUnavailable,
    ];

    /// <summary>
    /// Every failure status the access history can answer: it asks no Mosaic, so never 404, 409 or 422; its only 403
    /// is <c>access-denied</c>, to everyone but the patient.
    /// </summary>
    public static IReadOnlyList<int> HistoryStatuses { get; } =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
        StatusCodes.Status405MethodNotAllowed, StatusCodes.Status429TooManyRequests,
        StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable,
    ];

    /// <summary>Spec §2: the status of an outcome code.</summary>
    public static int Status(string code) => code switch
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

    /// <summary>The problem's <c>type</c>: a URN named after the code, stable like the code itself.</summary>
    public static string ProblemType(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return "urn:social-care:problem:" + code["social-care.".Length..];
    }

    /// <summary>The error of a failed query: always SocialCare's own; anything else is a bug, answered as one.</summary>
    public static SocialCareError ErrorOf(IResultBase failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        return failed.Errors is [SocialCareError error, ..]
            ? error
            : throw new InvalidOperationException("A SocialCare query failed without a SocialCare error.");
    }

    /// <summary>The answer to <paramref name="error"/> in the form of the request's route: a problem or a page.</summary>
    public IResult For(SocialCareError error, EdgeRequest edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return edge.Surface == Surface.Page ? Page(error, edge) : Problem(error, edge);
    }

    public ProblemAnswer Problem(SocialCareError error, EdgeRequest edge)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(edge);
        var status = Status(error.Code);
        var message = messages.Describe(error.Code, error.Audience);
        return new(new(ProblemType(error.Code), message.Title, status, message.Text, error.Code, edge.TraceId), HeadersOf(error));
    }

    public HtmlAnswer Page(SocialCareError error, EdgeRequest edge)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(edge);
        var message = messages.Describe(error.Code, error.Audience);
        var page = new PageRequest(edge.PagePath, edge.AssetBase, null);
        var reference = error.Code is SocialCareCodes.InternalError or SocialCareCodes.Unavailable ? edge.TraceId : null;
        return new(Status(error.Code), PageContent.ForMessage(message, page, options.Value.SupportUrl, reference), HeadersOf(error));
    }

    private static AnswerHeaders HeadersOf(SocialCareError error) => error switch
    {
        MethodNotAllowedError => AnswerHeaders.Of(HeaderNames.Allow, HttpMethods.Get),
        UnauthenticatedError => AnswerHeaders.Of(HeaderNames.WWWAuthenticate, "Bearer"),
        RateLimitedError limited => AnswerHeaders.Of(HeaderNames.RetryAfter, Seconds(limited.RetryAfter)),
        { Code: SocialCareCodes.Unavailable } => AnswerHeaders.Of(HeaderNames.RetryAfter, Seconds(UnavailableRetryAfter)),
        _ => AnswerHeaders.None,
    };

    // Whole seconds, rounded up and at least one: a client that waits this long finds a permit.
    private static string Seconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
