using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;

namespace SocialCare.Api.Contracts;

/// <summary>The view as spec §3's JSON, with each warning's message worded for the viewer.</summary>
internal static class SocialCareResponses
{
    public static SocialCareResponse From(SocialCareView view, UserMessageCatalogue messages) =>
        new(
            view.PatientId.Value,
            view.RetrievedAt,
            [.. view.Sources.Select(SocialCareResponseMapper.ToResponse)],
            [.. view.Warnings.Select(warning => new WarningResponse(
                warning.Code,
                SocialCareResponseMapper.ToResponse(warning.LocalAuthority),
                messages.Describe(warning.Code, view.Audience, warning.LocalAuthority.Name).Text))]);
}
