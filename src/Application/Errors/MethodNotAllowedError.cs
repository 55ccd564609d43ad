namespace SocialCare.Application.Errors;

/// <summary>Anything but GET on the library's routes (405).</summary>
public sealed class MethodNotAllowedError() : SocialCareError(SocialCareCodes.MethodNotAllowed, Audience.Other);
