namespace SocialCare.Domain.Authorities;

/// <summary>The stable code of the rule a GSS code can break.</summary>
public static class GssCodeProblem
{
    /// <summary>Not a capital letter followed by eight digits.</summary>
    public const string Malformed = "gss-code.malformed";
}
