namespace SocialCare.Application.Errors;

/// <summary>The NHS number recorded in PKB fails the Modulus 11 check (422).</summary>
public sealed class InvalidNhsNumberError(Audience audience) : SocialCareError(SocialCareCodes.InvalidNhsNumber, audience);
