namespace SocialCare.Infrastructure.Audit.Chain;

/// <summary>What a row of the chain records: an attempt to view a record, or a purge of expired entries.</summary>
internal static class RecordKind
{
    public const string View = "view";
    public const string Purge = "purge";
}
