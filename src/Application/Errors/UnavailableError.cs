namespace SocialCare.Application.Errors;

/// <summary>Mosaic, the directory or the audit could not answer in time (503).</summary>
public sealed class UnavailableError(Audience audience = Audience.Other) : SocialCareError(SocialCareCodes.Unavailable, audience);
