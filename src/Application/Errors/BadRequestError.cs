namespace SocialCare.Application.Errors;

/// <summary>The patient id or the query is malformed (400).</summary>
public sealed class BadRequestError() : SocialCareError(SocialCareCodes.BadRequest, Audience.Other);
