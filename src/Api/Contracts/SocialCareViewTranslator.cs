using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;

namespace SocialCare.Api.Contracts;

/// <summary>
/// The use case's <see cref="SocialCareView"/> as the API's contract, <see cref="SocialCareResponse"/> (spec §3):
/// each source through <see cref="RecordResponseMapper"/>, each warning with its message worded for the viewer.
/// </summary>
internal static class SocialCareViewTranslator
{
    public static SocialCareResponse ToResponse(SocialCareView view, UserMessageCatalogue messages) =>
        new(
            view.PatientId.Value,
            view.RetrievedAt,
            [.. view.Sources.Select(RecordResponseMapper.ToResponse)],
            [.. view.Warnings.Select(warning => new WarningResponse(
                warning.Code,
                RecordResponseMapper.ToResponse(warning.LocalAuthority),
                messages.Describe(warning.Code, view.Audience, warning.LocalAuthority.Name).Text))]);
}
