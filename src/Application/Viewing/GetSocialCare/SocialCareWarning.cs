using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <summary>A warning shown beside data: <c>social-care.authority-unavailable</c> or <c>social-care.partial-record</c>.</summary>
public sealed record SocialCareWarning(string Code, LocalAuthority LocalAuthority);
