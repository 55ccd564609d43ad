namespace SocialCare.Api.BrowserTests.Support;

/// <summary>The document's full width and the viewport's, in CSS px.</summary>
public sealed record PageWidths(int ScrollWidth, int InnerWidth)
{
    public bool ScrollsHorizontally => ScrollWidth > InnerWidth;
}
