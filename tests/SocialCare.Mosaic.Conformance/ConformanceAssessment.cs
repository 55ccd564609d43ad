namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// An assessment to serve. Serve <paramref name="Content"/> where your Mosaic serves the assessment's form or
/// answers: it carries a sentinel that the adapter must never read into any object it returns.
/// </summary>
public sealed record ConformanceAssessment(
    string Id,
    string Name,
    ConformanceAssessmentStatus Status,
    ConformanceDateTime? Completed,
    string Content);
