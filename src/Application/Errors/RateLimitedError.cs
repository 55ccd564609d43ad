namespace SocialCare.Application.Errors;

/// <summary>The viewer asked too often (429).</summary>
public sealed class RateLimitedError() : SocialCareError(SocialCareCodes.RateLimited, Audience.Other);
