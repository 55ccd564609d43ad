namespace SocialCare.Application.Errors;

/// <summary>The patient has not consented to sharing with third parties in Mosaic (403); only the patient is told.</summary>
public sealed class NotSharedError(Audience audience) : SocialCareError(SocialCareCodes.NotShared, audience);
