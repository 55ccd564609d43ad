namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// How to break an unreadable item. A hint: when your dialect cannot be broken that way (a worker relationship has
/// no status), break the item any other way that your adapter counts as unreadable.
/// </summary>
public enum ConformanceDefect
{
    /// <summary>A status or category value that is not one of the known ones.</summary>
    UnknownStatus,

    /// <summary>A field of the wrong type, such as a number where text belongs.</summary>
    WrongType,

    /// <summary>A field the item needs in order to be shown is missing (a name, a start or completed date).</summary>
    MissingRequiredField,

    /// <summary>A date that is not a date, such as <c>31/02/2026</c> or <c>soon</c>.</summary>
    BadDate,
}
