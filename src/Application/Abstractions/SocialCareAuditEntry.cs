using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Abstractions;

/// <summary>One attempt to view a record, with its true outcome (before the audience collapse of spec §1 step 10).</summary>
/// <param name="Outcome"><c>social-care.shown</c>, or the code of the error the attempt really ended in.</param>
/// <param name="AuthoritiesAsked">GSS codes of the local authorities whose Mosaic was asked, in the order asked.</param>
/// <param name="TraceId">The W3C trace id of the request, when there is one.</param>
public sealed record SocialCareAuditEntry(
    ViewerId Viewer,
    PatientId Patient,
    string Outcome,
    IReadOnlyList<string> AuthoritiesAsked,
    string? TraceId,
    DateTimeOffset At);
