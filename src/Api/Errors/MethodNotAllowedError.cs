using SocialCare.Application.Errors;

namespace SocialCare.Api.Errors;

/// <summary>Anything but exactly <c>GET</c> on the library's routes (405, with <c>Allow: GET</c>).</summary>
internal sealed class MethodNotAllowedError() : SocialCareError(SocialCareCodes.MethodNotAllowed, Audience.Other);
