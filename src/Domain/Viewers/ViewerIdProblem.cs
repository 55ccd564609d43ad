namespace SocialCare.Domain.Viewers;

/// <summary>The stable codes of the rules a viewer id can break.</summary>
public static class ViewerIdProblem
{
    public const string Missing = "viewer-id.missing";
    public const string TooLong = "viewer-id.too-long";
    public const string ControlCharacter = "viewer-id.control-character";
}
