namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// An item to serve broken, in <paramref name="List"/>, in your dialect's own way (see <see cref="ConformanceDefect"/>).
/// Had it been readable it would have been shown, so the adapter must drop it and count it as unreadable.
/// </summary>
public sealed record ConformanceUnreadableItem(ConformanceList List, string Id, ConformanceDefect Defect);
