namespace SocialCare.Application.Errors;

/// <summary>More than one Mosaic person has the patient's NHS number (409); only the patient is told.</summary>
public sealed class RecordMismatchError(Audience audience) : SocialCareError(SocialCareCodes.RecordMismatch, audience);
