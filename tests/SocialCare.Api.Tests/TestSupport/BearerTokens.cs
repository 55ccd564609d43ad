using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SocialCare.Api.Tests.TestSupport;

/// <summary>JWT bearer tokens the way an identity provider would issue them: a subject, five minutes, HMAC-SHA256.</summary>
internal static class BearerTokens
{
    public static string Sign(string subject, string issuer, string audience, SecurityKey key) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject)]),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
}
