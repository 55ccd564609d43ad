namespace SocialCare.Api.Contracts;

/// <summary>A warning beside data: <c>social-care.authority-unavailable</c> or <c>social-care.partial-record</c>.</summary>
/// <param name="Message">What the warning means to the viewer, worded for them (spec §2).</param>
public sealed record WarningResponse(string Code, LocalAuthorityResponse LocalAuthority, string Message);
