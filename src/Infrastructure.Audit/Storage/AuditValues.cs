using SocialCare.Application.Abstractions;
using SocialCare.Domain.Viewers;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>The stored names of closed sets: spec §7's surfaces, and relationships in the same kebab case.</summary>
internal static class AuditValues
{
    public static string Name(AuditSurface surface) => surface switch
    {
        AuditSurface.Record => "record",
        AuditSurface.Page => "page",
        AuditSurface.AccessHistory => "access-history",
        _ => throw new ArgumentOutOfRangeException(nameof(surface), surface, "not an audit surface"),
    };

    public static AuditSurface Surface(string? name) => name switch
    {
        "record" => AuditSurface.Record,
        "page" => AuditSurface.Page,
        "access-history" => AuditSurface.AccessHistory,
        _ => throw new InvalidDataException("An audit entry's surface is not one of record, page, access-history."),
    };

    public static string Name(ViewerRelationship relationship) => relationship switch
    {
        ViewerRelationship.Self => "self",
        ViewerRelationship.Carer => "carer",
        ViewerRelationship.TeamProfessional => "team-professional",
        ViewerRelationship.IndividualProfessional => "individual-professional",
        _ => "unknown",
    };

    public static ViewerRelationship Relationship(string name) => name switch
    {
        "self" => ViewerRelationship.Self,
        "carer" => ViewerRelationship.Carer,
        "team-professional" => ViewerRelationship.TeamProfessional,
        "individual-professional" => ViewerRelationship.IndividualProfessional,
        _ => ViewerRelationship.Unknown,
    };

    public static string Joined(IEnumerable<string> values) => string.Join(',', values);

    public static IReadOnlyList<string> Split(string joined) =>
        joined.Length == 0 ? [] : joined.Split(',');
}
