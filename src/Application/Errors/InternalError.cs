namespace SocialCare.Application.Errors;

/// <summary>A bug (500): nothing is said beyond a trace id.</summary>
public sealed class InternalError() : SocialCareError(SocialCareCodes.InternalError, Audience.Other);
