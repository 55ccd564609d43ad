using SocialCare.Domain.Records;

namespace SocialCare.Api.Page;

/// <summary>The page's words for a record's values: what is missing, and the closed sets (roles, categories).</summary>
internal static class RecordText
{
    public const string NotRecorded = "Not recorded";

    public static string OrNotRecorded(string? value) => value ?? NotRecorded;

    public static string Role(WorkerRelationship relationship) => relationship switch
    {
        WorkerRelationship.AllocatedWorker => "Allocated worker",
        WorkerRelationship.KeyWorker => "Key worker",
        WorkerRelationship.SocialWorker => "Social worker",
        _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, null),
    };

    public static string Category(CommunicationNeedCategory category) => category switch
    {
        CommunicationNeedCategory.ContactMethod => "Contact method",
        CommunicationNeedCategory.InformationFormat => "Information format",
        CommunicationNeedCategory.CommunicationSupport => "Communication support",
        CommunicationNeedCategory.CommunicationProfessional => "Communication professional",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
