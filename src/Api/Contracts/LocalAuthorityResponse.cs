namespace SocialCare.Api.Contracts;

/// <summary>A local authority by its GSS code and name.</summary>
public sealed record LocalAuthorityResponse(string Code, string Name);
