namespace SocialCare.Application.Errors;

/// <summary>The patient is not linked to a team in an enabled region with an enabled local authority (403).</summary>
public sealed class NotInPilotError(Audience audience) : SocialCareError(SocialCareCodes.NotInPilot, audience);
