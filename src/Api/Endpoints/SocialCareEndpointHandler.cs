using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentResults;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Api.Contracts;
using SocialCare.Api.Http;
using SocialCare.Api.Page;
using SocialCare.Api.Viewers;
using SocialCare.Application;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Application.Viewing.GetSocialCareTab;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Api.Endpoints;

/// <summary>
/// Every response of SocialCare's routes, written here and nowhere else: spec §1 steps 1–2 (patient id, viewer),
/// the per-viewer rate limit, the query, and the outcome as JSON, problem+json or HTML, always with
/// <see cref="SocialCareHeaders"/>. A bug becomes a bare 500 <c>social-care.internal-error</c> with a trace id.
/// </summary>
internal sealed partial class SocialCareEndpointHandler(
    UserMessageCatalogue messages,
    SocialCareHeaders headers,
    SocialCareRateLimiter limiter,
    IOptions<SocialCareOptions> options,
    ILogger<SocialCareEndpointHandler> logger)
{
    private const string ProblemContentType = "application/problem+json";
    private const string JsonContentType = "application/json; charset=utf-8";
    private const string HtmlContentType = "text/html; charset=utf-8";

    // Long enough for a council's circuit to have a chance to close (its break is 15 s by default).
    private static readonly TimeSpan UnavailableRetryAfter = TimeSpan.FromSeconds(30);

    public Task ViewAsync(HttpContext context, string patientId, string prefix) =>
        !IsGet(context.Request) ? MethodNotAllowedAsync(context, Surface.Api, prefix) : AnswerAsync(
            context,
            Surface.Api,
            prefix,
            patientId,
            QueryIsEmpty(context.Request),
            (patient, viewer) => new GetSocialCareQuery(patient, viewer),
            (view, _) => WriteJsonAsync(context, SocialCareResponses.From(view, messages), SocialCareJsonContext.Default.SocialCareResponse));

    public Task TabAsync(HttpContext context, string patientId, string prefix) =>
        !IsGet(context.Request) ? MethodNotAllowedAsync(context, Surface.Api, prefix) : AnswerAsync(
            context,
            Surface.Api,
            prefix,
            patientId,
            QueryIsEmpty(context.Request),
            (patient, viewer) => new GetSocialCareTabQuery(patient, viewer),
            (tab, _) => WriteJsonAsync(context, new SocialCareTabResponse(tab.Visible, tab.Reason), SocialCareJsonContext.Default.SocialCareTabResponse));

    public Task PageAsync(HttpContext context, string patientId, string prefix)
    {
        if (!IsGet(context.Request))
        {
            return MethodNotAllowedAsync(context, Surface.Page, prefix);
        }

        var wellFormed = PageRequest.TryRead(context.Request, AssetBase(context, prefix), out var page);
        return AnswerAsync(
            context,
            Surface.Page,
            prefix,
            patientId,
            wellFormed,
            (patient, viewer) => new GetSocialCareQuery(patient, viewer, AuditSurface.Page),
            (view, trace) =>
            {
                // A council that could not be reached sends the reader to support: give them the reference to quote.
                var reference = view.Warnings.Any(w => w.Code == SocialCareCodes.AuthorityUnavailableWarning) ? trace.TraceId : null;
                var html = SocialCarePage.ForView(
                    view,
                    page!,
                    warning => messages.Describe(warning.Code, view.Audience, warning.LocalAuthority.Name),
                    options.Value.SupportUrl,
                    reference);
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = HtmlContentType;
                return context.Response.WriteAsync(html, context.RequestAborted);
            });
    }

    public Task MethodNotAllowedAsync(HttpContext context, Surface surface, string prefix) =>
        RunAsync(context, surface, prefix, trace =>
        {
            context.Response.Headers.Allow = HttpMethods.Get;
            return WriteErrorAsync(context, surface, prefix, new MethodNotAllowedError(), trace);
        });

    /// <summary>
    /// Exactly <c>GET</c>: methods are case-sensitive (RFC 9110 §9.1), but routing matches them ignoring case, and so
    /// does <see cref="HttpMethods.IsGet"/>; <c>get</c> reaches the GET endpoints and is refused here.
    /// </summary>
    internal static bool IsGet(HttpRequest request) => string.Equals(request.Method, HttpMethods.Get, StringComparison.Ordinal);

    private static ISender Sender(HttpContext context) =>
        context.RequestServices.GetRequiredKeyedService<ISender>(SocialCareMediator.ServiceKey);

    private static Task WriteJsonAsync<T>(HttpContext context, T body, JsonTypeInfo<T> type)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = JsonContentType;
        return JsonSerializer.SerializeAsync(context.Response.Body, body, type, context.RequestAborted);
    }

    private static bool QueryIsEmpty(HttpRequest request) => request.Query.Count == 0;

    private static string AssetBase(HttpContext context, string prefix) =>
        context.Request.PathBase.Add(prefix + SocialCareAssets.RoutePrefix).Value ?? SocialCareAssets.RoutePrefix;

    // A failed result always carries SocialCare's own error; anything else is a bug, answered as one.
    private static SocialCareError ErrorOf(IReadOnlyList<IError> errors) =>
        errors.Count > 0 && errors[0] is SocialCareError error
            ? error
            : throw new InvalidOperationException("A SocialCare query failed without a SocialCare error.");

    // Admission, the query, then either its answer or its error: the same for the record, the tab and the page.
    private Task AnswerAsync<T>(
        HttpContext context,
        Surface surface,
        string prefix,
        string patientId,
        bool queryWellFormed,
        Func<PatientId, ViewerId, IQuery<Result<T>>> query,
        Func<T, RequestTrace, Task> writeAnswer) =>
        RunAsync(context, surface, prefix, async trace =>
        {
            if (await AdmitAsync(context, surface, prefix, patientId, queryWellFormed, trace).ConfigureAwait(false) is not { } admitted)
            {
                return;
            }

            var result = await Sender(context).Send(query(admitted.Patient, admitted.Viewer), context.RequestAborted).ConfigureAwait(false);
            if (result.IsFailed)
            {
                await WriteErrorAsync(context, surface, prefix, ErrorOf(result.Errors), trace).ConfigureAwait(false);
                return;
            }

            await writeAnswer(result.Value, trace).ConfigureAwait(false);
        });

    private async Task RunAsync(HttpContext context, Surface surface, string prefix, Func<RequestTrace, Task> handle)
    {
        using var trace = RequestTrace.Begin(context);
        headers.Apply(context.Response, surface == Surface.Page);
        try
        {
            await handle(trace).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller has gone: there is no one to answer, and the audit has recorded the attempt as cancelled.
        }
        catch (Exception exception)
        {
            // Only the type and the stack: an exception's message may repeat the ids or data it was given.
            LogUnhandled(logger, TypeChain(exception), surface, trace.TraceId, exception.StackTrace);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }

            context.Response.Clear();
            headers.Apply(context.Response, surface == Surface.Page);
            await WriteErrorAsync(context, surface, prefix, new InternalError(), trace).ConfigureAwait(false);
        }
    }

    // Spec §1 steps 1 and 2, then the rate limit: the answers that need no directory.
    private async Task<Admitted?> AdmitAsync(HttpContext context, Surface surface, string prefix, string rawPatientId, bool queryWellFormed, RequestTrace trace)
    {
        var patient = PatientId.Create(rawPatientId);
        if (!patient.IsValid || !queryWellFormed)
        {
            await WriteErrorAsync(context, surface, prefix, new BadRequestError(), trace).ConfigureAwait(false);
            return null;
        }

        var resolver = context.RequestServices.GetRequiredService<ISocialCareViewerResolver>();
        var viewer = ViewerId.Create(await resolver.ResolveViewerIdAsync(context).ConfigureAwait(false));
        if (!viewer.IsValid)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(context, surface, prefix, new UnauthenticatedError(), trace).ConfigureAwait(false);
            return null;
        }

        if (!limiter.TryAcquire(viewer.Value.Value, out var retryAfter))
        {
            LogRateLimited(logger, surface);
            context.Response.Headers.RetryAfter = Seconds(retryAfter);
            await WriteErrorAsync(context, surface, prefix, new RateLimitedError(), trace).ConfigureAwait(false);
            return null;
        }

        return new(patient.Value, viewer.Value);
    }

    private async Task WriteErrorAsync(HttpContext context, Surface surface, string prefix, SocialCareError error, RequestTrace trace)
    {
        var status = SocialCareStatus.For(error.Code);
        var message = messages.Describe(error.Code, error.Audience);
        var response = context.Response;
        response.StatusCode = status;
        if (error.Code == SocialCareCodes.Unavailable)
        {
            response.Headers.RetryAfter = Seconds(UnavailableRetryAfter);
        }

        if (surface == Surface.Page)
        {
            response.ContentType = HtmlContentType;
            var page = new PageRequest(context.Request.PathBase.Add(context.Request.Path).Value ?? "", AssetBase(context, prefix), null);
            var reference = error.Code is SocialCareCodes.InternalError or SocialCareCodes.Unavailable ? trace.TraceId : null;
            await response.WriteAsync(SocialCarePage.ForMessage(message, page, options.Value.SupportUrl, reference), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        response.ContentType = ProblemContentType;
        var problem = new SocialCareProblem(ProblemType(error.Code), message.Title, status, message.Text, error.Code, trace.TraceId);
        await JsonSerializer.SerializeAsync(response.Body, problem, SocialCareJsonContext.Default.SocialCareProblem, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The problem's <c>type</c>: a URN named after the code, stable like the code itself.</summary>
    internal static string ProblemType(string code) => "urn:social-care:problem:" + code["social-care.".Length..];

    // "InvalidOperationException <- HttpRequestException": every type in the chain, none of the messages.
    private static string TypeChain(Exception exception)
    {
        var types = new List<string>();
        for (Exception? current = exception; current is not null && types.Count < 8; current = current.InnerException)
        {
            types.Add(current.GetType().FullName ?? current.GetType().Name);
        }

        return string.Join(" <- ", types);
    }

    private static string Seconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "A SocialCare {Surface} request failed with {ExceptionType} (trace {TraceId}); answered internal-error\n{StackTrace}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, Surface surface, string traceId, string? stackTrace);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "A viewer reached the rate limit on the {Surface}; answered rate-limited")]
    private static partial void LogRateLimited(ILogger logger, Surface surface);

    private sealed record Admitted(PatientId Patient, ViewerId Viewer);
}
