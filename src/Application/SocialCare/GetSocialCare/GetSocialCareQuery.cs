using FluentResults;
using Mediator;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.SocialCare.GetSocialCare;

public sealed record GetSocialCareQuery(PatientId PatientId, ViewerId ViewerId) : IQuery<Result<SocialCareView>>;
