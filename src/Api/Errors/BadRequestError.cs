using SocialCare.Application.Errors;

namespace SocialCare.Api.Errors;

/// <summary>The patient id or the query is malformed (400). Only the edge answers it: no query is built from bad input.</summary>
internal sealed class BadRequestError() : SocialCareError(SocialCareCodes.BadRequest, Audience.Other);
