namespace SocialCare.Domain.Viewers;

/// <summary>The stable codes of the rules a viewer id can break.</summary>
public static class ViewerIdProblem
{
    /// <summary>No id, or only white space.</summary>
    public const string Missing = "viewer-id.missing";
    /// <summary>Longer than <see cref="ViewerId.MaxLength"/>.</summary>
    public const string TooLong = "viewer-id.too-long";
    /// <summary>A control character, such as a line break.</summary>
    public const string ControlCharacter = "viewer-id.control-character";
}
