using FluentResults;
using Mediator;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Viewing.GetSocialCareTab;

public sealed record GetSocialCareTabQuery(PatientId PatientId, ViewerId ViewerId) : IQuery<Result<SocialCareTab>>;
