namespace SocialCare.Api.Contracts;

/// <summary>
/// Every failure of the API, as RFC 9457 <c>application/problem+json</c>: <see cref="Detail"/> is the viewer's
/// message (spec §2), <see cref="Code"/> the stable outcome code and <see cref="TraceId"/> the W3C trace id to quote
/// to support. Nothing else: no NHS number, stack trace or exception message.
/// </summary>
public sealed record SocialCareProblem(string Type, string Title, int Status, string Detail, string Code, string TraceId);
