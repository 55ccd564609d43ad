namespace SocialCare.Application.Errors;

/// <summary>No viewer, or bad credentials (401).</summary>
public sealed class UnauthenticatedError() : SocialCareError(SocialCareCodes.Unauthenticated, Audience.Other);
