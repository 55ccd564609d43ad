using System.Globalization;
using SocialCare.Domain.Records;

namespace SocialCare.Mosaic.Conformance.Tests.Sandbox;

/// <summary>
/// The kit's neutral values as docs/mosaic-contract.md writes them: statuses, types and categories in kebab-case,
/// dates as <c>yyyy-MM-dd</c>, wall-clock London times without an offset and instants with one.
/// </summary>
internal static class SandboxWireValues
{
    /// <summary>A relationship type Mosaic has but SocialCare does not show.</summary>
    public const string OtherRelationshipType = "general-practitioner";

    public static string Type(ConformanceWorkerRelationshipType type) => type switch
    {
        ConformanceWorkerRelationshipType.AllocatedWorker => "allocated-worker",
        ConformanceWorkerRelationshipType.KeyWorker => "key-worker",
        ConformanceWorkerRelationshipType.SocialWorker => "social-worker",
        ConformanceWorkerRelationshipType.Other => OtherRelationshipType,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a relationship type of the kit."),
    };

    public static string Status(ConformanceCarePackageStatus status) => status switch
    {
        ConformanceCarePackageStatus.Proposed => "proposed",
        ConformanceCarePackageStatus.Active => "active",
        ConformanceCarePackageStatus.Ended => "ended",
        ConformanceCarePackageStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a care package status of the kit."),
    };

    public static string Status(ConformanceAssessmentStatus status) => status switch
    {
        ConformanceAssessmentStatus.Incoming => "incoming",
        ConformanceAssessmentStatus.InProgress => "in-progress",
        ConformanceAssessmentStatus.Completed => "completed",
        ConformanceAssessmentStatus.Reopened => "reopened",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an assessment status of the kit."),
    };

    public static string Status(ConformanceCaseNoteStatus status) => status switch
    {
        ConformanceCaseNoteStatus.Draft => "draft",
        ConformanceCaseNoteStatus.Complete => "complete",
        ConformanceCaseNoteStatus.TimedOut => "timed-out",
        ConformanceCaseNoteStatus.Deleted => "deleted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a case note status of the kit."),
    };

    public static string Category(CommunicationNeedCategory category) => category switch
    {
        CommunicationNeedCategory.ContactMethod => "contact-method",
        CommunicationNeedCategory.InformationFormat => "information-format",
        CommunicationNeedCategory.CommunicationSupport => "communication-support",
        CommunicationNeedCategory.CommunicationProfessional => "communication-professional",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a communication need category."),
    };

    public static string Consent(ConsentToShare consent) => consent switch
    {
        ConsentToShare.Given => "given",
        ConsentToShare.Withheld => "withheld",
        ConsentToShare.NotRecorded => "not-recorded",
        _ => throw new ArgumentOutOfRangeException(nameof(consent), consent, "Not a consent of the kit."),
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } value ? Date(value) : null;

    /// <summary>A plain date, a London wall-clock time without an offset, or an instant with <c>Z</c> or its offset.</summary>
    public static string? Date(ConformanceDateTime? date) => date switch
    {
        null => null,
        { HasTime: false } => Date(date.Date),
        { Offset: null } => date.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        { Offset: { } offset } when offset == TimeSpan.Zero => date.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        { Offset: { } offset } => new DateTimeOffset(date.DateTime, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
    };
}
