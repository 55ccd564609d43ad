using SocialCare.Application.Auditing;
using SocialCare.Application.Errors;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <summary>
/// Everything a caller renders, already filtered and ordered (spec §3, §4): one source per local authority that
/// shared a record, ordered by authority name, and the warnings that go with them.
/// </summary>
/// <param name="PatientId">The patient whose record it is.</param>
/// <param name="Audience">Who is reading, so that warnings are worded for them.</param>
/// <param name="RetrievedAt">When the view was put together.</param>
/// <param name="Sources">One record per local authority that shared one, ordered by authority name.</param>
/// <param name="Warnings">What the viewer should know about what is missing.</param>
public sealed record SocialCareView(
    PatientId PatientId,
    Audience Audience,
    DateTimeOffset RetrievedAt,
    IReadOnlyList<SocialCareRecord> Sources,
    IReadOnlyList<SocialCareWarning> Warnings) : IAuditedAnswer;
