using FluentResults;
using Mediator;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Viewing.GetSocialCareTab;

/// <summary>Whether the Social care tab shows for <paramref name="ViewerId"/> on <paramref name="PatientId"/>'s record (spec §1 steps 3–5; asks no Mosaic, not audited).</summary>
/// <param name="PatientId">The patient whose record is open.</param>
/// <param name="ViewerId">Who is looking.</param>
public sealed record GetSocialCareTabQuery(PatientId PatientId, ViewerId ViewerId) : IQuery<Result<SocialCareTab>>;
