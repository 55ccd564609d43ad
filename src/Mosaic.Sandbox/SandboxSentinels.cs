namespace SocialCare.Mosaic.Sandbox;

/// <summary>
/// Markers the sandbox writes into every assessment's <c>form</c> and every case note's <c>title</c> and
/// <c>text</c>, so a test can show the text is in the raw response and absent from everything downstream.
/// </summary>
public static class SandboxSentinels
{
    /// <summary>Every marker starts with this, e.g. <c>SENTINEL-E09000013-MOS-13-0001-CN-7-text</c>.</summary>
    public const string Prefix = "SENTINEL-";

    /// <summary>The marker for one field of one item.</summary>
    public static string For(string authorityCode, string personId, string itemId, string field) =>
        $"{Prefix}{authorityCode}-{personId}-{itemId}-{field}";
}
