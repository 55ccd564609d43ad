namespace SocialCare.Application.Errors;

/// <summary>No NHS number is recorded for the patient in PKB (422).</summary>
public sealed class NoNhsNumberError(Audience audience) : SocialCareError(SocialCareCodes.NoNhsNumber, audience);
