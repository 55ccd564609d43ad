namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>A contract member's JSON type: a string, a date or date-time string, an enum's string, a number, an array.</summary>
internal enum FieldKind
{
    String,
    Date,
    Enum,
    Integer,
    Array,
}
