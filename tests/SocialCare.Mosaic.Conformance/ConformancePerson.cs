using SocialCare.Domain.Patients;

namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// A person to seed into your test server, in neutral terms: serve them in your dialect. Serve each list exactly as
/// given, in order, including an item listed twice (same <c>Id</c>), and split long lists into pages if your
/// dialect pages. Serve <see cref="UnreadableItems"/> broken, among the others.
/// </summary>
/// <remarks>
/// A scenario may seed two entries with the same <c>Id</c> and NHS number (one person listed twice by Mosaic, with the
/// same or conflicting consent): your server lists every seeded entry when the NHS number is looked up, and may
/// serve the record of either.
/// </remarks>
/// <param name="Id">The person's id in Mosaic; distinct for every person a scenario seeds, except that one person may be listed twice (see remarks). Use it or make your own consistently.</param>
/// <param name="NhsNumber">The NHS number the person is found by.</param>
/// <param name="Consent">The person's consent to sharing with third parties.</param>
public sealed record ConformancePerson(string Id, NhsNumber NhsNumber, ConsentToShare Consent)
{
    public IReadOnlyList<ConformanceWorkerRelationship> WorkerRelationships { get; init; } = [];

    public IReadOnlyList<ConformanceCarePackage> CarePackages { get; init; } = [];

    public IReadOnlyList<ConformanceAssessment> Assessments { get; init; } = [];

    public IReadOnlyList<ConformanceCaseNote> CaseNotes { get; init; } = [];

    public IReadOnlyList<ConformanceCommunicationNeed> CommunicationNeeds { get; init; } = [];

    public IReadOnlyList<ConformanceUnreadableItem> UnreadableItems { get; init; } = [];
}
