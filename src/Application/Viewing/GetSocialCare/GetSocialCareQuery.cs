using FluentResults;
using Mediator;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <param name="Surface">Where the view is asked from, for the audit: the JSON record or the page.</param>
/// <param name="PatientId">The patient whose record is asked for.</param>
/// <param name="ViewerId">Who asks: the authenticated viewer.</param>
public sealed record GetSocialCareQuery(PatientId PatientId, ViewerId ViewerId, AuditSurface Surface = AuditSurface.Record)
    : IQuery<Result<SocialCareView>>;
