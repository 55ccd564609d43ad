namespace SocialCare.Domain.Authorities;

/// <summary>The stable code of the rule a GSS code can break.</summary>
public static class GssCodeProblem
{
    public const string Malformed = "gss-code.malformed";
}
