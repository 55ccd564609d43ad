using SocialCare.Application.Errors;

namespace SocialCare.Api.Errors;

/// <summary>No viewer, or bad credentials (401, with <c>WWW-Authenticate: Bearer</c>).</summary>
internal sealed class UnauthenticatedError() : SocialCareError(SocialCareCodes.Unauthenticated, Audience.Other);
