namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// A case note to serve. Serve <paramref name="Title"/> and <paramref name="Text"/> where your Mosaic serves a
/// note's title and text: they carry sentinels that the adapter must never read into any object it returns.
/// </summary>
public sealed record ConformanceCaseNote(
    string Id,
    string Type,
    ConformanceCaseNoteStatus Status,
    ConformanceDateTime? Completed,
    ConformanceDateTime? Effective,
    string Title,
    string Text);
