namespace SocialCare.Application.Errors;

/// <summary>The viewer may not see this patient's social care record, or the patient is unknown (403): the two are indistinguishable.</summary>
public sealed class AccessDeniedError() : SocialCareError(SocialCareCodes.AccessDenied, Audience.Other);
