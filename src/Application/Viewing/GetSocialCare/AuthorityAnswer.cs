using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <summary>One authority asked, and what it answered.</summary>
internal sealed record AuthorityAnswer(LocalAuthority Authority, MosaicLookup Lookup);
